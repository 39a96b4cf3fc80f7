package org.parley.clearance.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.parley.support.browser.Browser;
import org.parley.support.browser.BrowserExtension;
import org.parley.support.browser.Browsers;
import org.parley.support.browser.PrimeFacesControls;
import org.parley.support.browser.SignInPage;
import org.parley.support.database.DatabaseNeutral;

/** The administrator's routing rules, {@code admin/routing-rules.xhtml}. */
@DatabaseNeutral(
    "the duplicate rule is refused in Java before any insert; the page adds nothing of SQL")
@ExtendWith(BrowserExtension.class)
class RoutingRulesBrowserIT {

  private static final String VALUE = "Continuous on-site monitoring";
  private static final String AGENCY = "NSC staff";

  @Test
  void administratorAddsARuleIsRefusedTheDuplicateAndDeletesItAfterConfirming(Browsers browsers) {
    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("admin");
    browser.open("/admin/routing-rules.xhtml");
    assertEquals("Routing rules", browser.pageTitle());
    assertTrue(rows(browser, "Freeze").size() >= 1, "the seeded rules are listed");
    assertTrue(rows(browser, VALUE).isEmpty());
    PrimeFacesControls controls = new PrimeFacesControls(browser);

    addRule(browser, controls);

    assertTrue(browser.element("messages").getText().contains("Routing rule added."));
    assertEquals(1, rows(browser, VALUE).size());
    assertTrue(rows(browser, VALUE).get(0).getText().contains(AGENCY));

    addRule(browser, controls);

    assertTrue(browser.element("messages").getText().contains("exists already"));
    assertEquals(1, rows(browser, VALUE).size());

    browser.clickAndWaitForAjax(deleteButton(browser));
    controls.waitForDialog("rules-form:confirm-dialog");
    String question = browser.element("rules-form:confirm-dialog").getText();
    assertTrue(question.contains(VALUE) && question.contains(AGENCY), question);
    browser.clickAndWaitForAjax("rules-form:confirm-no");
    assertEquals(1, rows(browser, VALUE).size(), "kept when the administrator says no");

    browser.clickAndWaitForAjax(deleteButton(browser));
    controls.waitForDialog("rules-form:confirm-dialog");
    browser.clickAndWaitForAjax("rules-form:confirm-yes");

    assertTrue(browser.element("messages").getText().contains("Routing rule deleted."));
    assertTrue(rows(browser, VALUE).isEmpty());
  }

  @Test
  void nonAdministratorGetsAccessDenied(Browsers browsers) {
    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("state");

    browser.open("/admin/routing-rules.xhtml");

    assertEquals("Access denied", browser.pageTitle());
    assertFalse(browser.isPresent("rules-form"));
  }

  private static void addRule(Browser browser, PrimeFacesControls controls) {
    controls.chooseFromMenu("add-form:criterion", "Verification");
    controls.chooseFromMenu("add-form:value", VALUE);
    controls.chooseFromMenu("add-form:agency", AGENCY);
    browser.clickAndWaitForAjax("add-form:add");
  }

  private static List<WebElement> rows(Browser browser, String text) {
    return browser.elements(By.cssSelector("[id='rules-form:rules'] tbody tr")).stream()
        .filter(row -> row.getText().contains(text))
        .toList();
  }

  private static WebElement deleteButton(Browser browser) {
    return rows(browser, VALUE).get(0).findElement(By.cssSelector("button[id$=':delete']"));
  }
}
