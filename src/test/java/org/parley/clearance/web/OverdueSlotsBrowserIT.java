package org.parley.clearance.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.parley.support.Workflow;
import org.parley.support.browser.Browser;
import org.parley.support.browser.BrowserExtension;
import org.parley.support.browser.Browsers;
import org.parley.support.browser.SignInPage;
import org.parley.support.database.DatabaseNeutral;

/**
 * A reviewer whose agency stayed silent past the due date sees "Overdue" on the task in the inbox
 * and on the agency's slot on the clearance page. Demo proposal 4's round was due on 2026-11-23
 * with Energy silent (see OverdueSlotsIT for why the demo round).
 */
@DatabaseNeutral("shows what the overdue job stored; OverdueSlotsIT runs the job on PostgreSQL")
@ExtendWith(BrowserExtension.class)
class OverdueSlotsBrowserIT {

  private static final long DEMO_OVERDUE = 4;
  private static final String REFERENCE = "DPRK-2026-0004";

  @Test
  void theSilentAgencysReviewerSeesTheTaskAndTheSlotMarkedOverdue(Browsers browsers) {
    JsonObject energy = energySlotOnceMarked();
    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("energy");

    browser.open("/inbox.xhtml");
    List<WebElement> marks =
        browser.elements(
            By.xpath(
                "//tr[.//a[normalize-space()='" + REFERENCE + "']]//*[contains(@id,':overdue')]"));
    assertEquals(1, marks.size(), "one Overdue mark on the demo task");
    assertEquals("Overdue", marks.get(0).getAttribute("textContent").strip());

    browser.open("/clearance/review.xhtml?id=" + DEMO_OVERDUE);
    WebElement slot = browser.element("overdue-ENERGY");
    assertEquals("Overdue", slot.getAttribute("textContent").strip());
    assertTrue(
        browser
            .element("position-ENERGY")
            .getText()
            .contains(energy.getString("overdueSince").substring(0, 10)),
        browser.element("position-ENERGY").getText());
    assertTrue(browser.elements(By.id("overdue-STATE")).isEmpty(), "State answered on time");
  }

  /** Energy's slot on the demo round, once the scheduled job has marked it (default: a minute). */
  private static JsonObject energySlotOnceMarked() {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (true) {
      JsonObject round = Workflow.clearance(DEMO_OVERDUE);
      Assumptions.assumeTrue(
          Instant.now().isAfter(Instant.parse(round.getString("dueAt"))), "not yet due");
      JsonObject energy =
          round.getJsonArray("positions").getValuesAs(JsonObject.class).stream()
              .filter(s -> s.getString("agency").equals("ENERGY"))
              .findFirst()
              .orElseThrow();
      Assumptions.assumeTrue(energy.isNull("position"), "Energy has answered since the demo");
      if (!energy.isNull("overdueSince")) {
        return energy;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Energy's slot is still not marked overdue: " + round);
      }
      try {
        Thread.sleep(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
