package org.parley.proposal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.support.ProposalScenario.content;
import static org.parley.support.ProposalScenario.ours;
import static org.parley.support.ProposalScenario.phase;
import static org.parley.support.ProposalScenario.step;
import static org.parley.support.ProposalScenario.theirs;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.parley.support.LeverageRegister;
import org.parley.support.ProposalScenario;
import org.parley.support.browser.Browser;
import org.parley.support.browser.BrowserExtension;
import org.parley.support.browser.Browsers;
import org.parley.support.browser.PrimeFacesControls;
import org.parley.support.browser.SignInPage;
import org.parley.support.database.DatabaseNeutral;

/**
 * The redline, {@code proposals/redline.xhtml}: version 2 of a proposal changed one step and
 * renamed a phase after State requested changes.
 */
@DatabaseNeutral(
    "the redline is computed in Java from two versions, read as ProposalResourceIT reads them on PostgreSQL")
@ExtendWith(BrowserExtension.class)
class RedlineBrowserIT {

  private static JsonObject version(String remains, String verification, String secondPhase) {
    return content(
        "Food aid for the return of remains",
        "Aid in return for the remains of servicemen.",
        "UNCLASSIFIED",
        phase(
            "Humanitarian",
            step(
                ours("HUMANITARIAN_AID", "Deliver food aid through the WFP", "EASILY_REVERSIBLE"),
                theirs(
                    "REPATRIATION",
                    "Return the remains of " + remains + " servicemen",
                    "IRREVERSIBLE",
                    verification))),
        phase(
            secondPhase,
            step(
                ours("LIAISON_OFFICE", "Open liaison offices", "REVERSIBLE_AT_COST"),
                theirs("REPATRIATION", "Joint recovery missions", "EASILY_REVERSIBLE", "NONE"))));
  }

  @Test
  void redlineOfTheLastTwoVersionsShowsTheChangedStep(Browsers browsers) {
    long id = ProposalScenario.create(version("20", "NONE", "Liaison"));
    ProposalScenario.submit(id);
    ProposalScenario.position(id, "STATE", "CHANGES_REQUESTED", "MAJOR", "Ask for more remains.");
    ProposalScenario.acceptAllComments(id);
    ProposalScenario.revise(id, version("50", "SELF_DECLARATION", "Liaison offices"));
    ProposalScenario.submit(id);

    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("drafter");
    browser.open("/proposals/redline.xhtml?id=" + id);

    assertEquals("Redline", browser.pageTitle());
    assertEquals("1", browser.element("redline-form:from_label").getText());
    assertEquals("2", browser.element("redline-form:to_label").getText());
    WebElement changed = browser.element("phase-1-step-1");
    assertTrue(changed.getDomAttribute("class").contains("redline-step-CHANGED"));
    assertTrue(changed.getText().contains("Changed"));
    assertEquals(List.of("[−]20", "[−]None"), texts(changed, "del"));
    assertEquals(List.of("[+]50", "[+]Self-declaration"), texts(changed, "ins"));
    String renamed = browser.element("phase-2").getText();
    assertTrue(renamed.contains("Renamed phase"), renamed);
    assertTrue(texts(browser.element("phase-2"), "ins").contains("[+]Liaison offices"));
    assertTrue(
        browser
            .element("phase-2-step-1")
            .getDomAttribute("class")
            .contains("redline-step-UNCHANGED"));
    assertTrue(texts(browser.element("redline-summary"), "ins").isEmpty());

    new PrimeFacesControls(browser).chooseFromMenu("redline-form:from", "2");
    browser.clickAndWaitForPage("redline-form:compare");

    assertTrue(browser.currentPath().contains("from=2"), browser.currentPath());
    assertTrue(browser.isPresent("identical"));
  }

  @Test
  void theInstrumentSpentShowsByItsNameInTheRegister(Browsers browsers) {
    long best =
        LeverageRegister.instrument(
            LiveFindingsBrowserIT.BEST_LEVERAGE, "UN_SANCTIONS", 1, "REVERSIBLE_AT_COST");
    long lesser =
        LeverageRegister.instrument(
            LiveFindingsBrowserIT.LESSER_LEVERAGE, "COMBINED_EXERCISE", 2, "EASILY_REVERSIBLE");
    long id = ProposalScenario.create(spending(version("20", "NONE", "Liaison"), best));
    ProposalScenario.submit(id);
    ProposalScenario.position(id, "STATE", "CHANGES_REQUESTED", "MAJOR", "Spend less for it.");
    ProposalScenario.acceptAllComments(id);
    ProposalScenario.revise(id, spending(version("20", "NONE", "Liaison"), lesser));
    ProposalScenario.submit(id);

    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("drafter");
    browser.open("/proposals/redline.xhtml?id=" + id);

    WebElement changed = browser.element("phase-1-step-1");
    assertEquals(List.of("[−]" + LiveFindingsBrowserIT.BEST_LEVERAGE), texts(changed, "del"));
    assertEquals(List.of("[+]" + LiveFindingsBrowserIT.LESSER_LEVERAGE), texts(changed, "ins"));
    String unchanged = browser.element("phase-2-step-1").getText();
    assertTrue(unchanged.contains("Instrument spent: none"), unchanged);
    assertTrue(!browser.pageSource().contains("???"), "every value has a label");
  }

  /** {@code content} with our side of its first step spending {@code instrumentId}. */
  private static JsonObject spending(JsonObject content, long instrumentId) {
    JsonObject phase = content.getJsonArray("phases").getJsonObject(0);
    JsonObject step = phase.getJsonArray("steps").getJsonObject(0);
    JsonObject ours =
        Json.createObjectBuilder(step.getJsonObject("ours"))
            .add("instrumentId", instrumentId)
            .build();
    JsonArray steps =
        Json.createArrayBuilder(phase.getJsonArray("steps"))
            .set(0, Json.createObjectBuilder(step).add("ours", ours))
            .build();
    JsonArray phases =
        Json.createArrayBuilder(content.getJsonArray("phases"))
            .set(0, Json.createObjectBuilder(phase).add("steps", steps))
            .build();
    return Json.createObjectBuilder(content).add("phases", phases).build();
  }

  private static List<String> texts(WebElement within, String tag) {
    return within.findElements(By.tagName(tag)).stream()
        .map(e -> e.getText().replaceFirst("^(\\[.\\])\\s*", "$1"))
        .toList();
  }
}
