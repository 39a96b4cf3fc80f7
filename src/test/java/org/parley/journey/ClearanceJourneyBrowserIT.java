package org.parley.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.parley.support.ProposalScenario;
import org.parley.support.browser.Browser;
import org.parley.support.browser.BrowserExtension;
import org.parley.support.browser.Browsers;
import org.parley.support.browser.PrimeFacesControls;
import org.parley.support.browser.ProposalDrafts;
import org.parley.support.browser.ProposalEditorPage;
import org.parley.support.browser.ProposalPage;
import org.parley.support.browser.SignInPage;
import org.parley.support.database.DatabaseNeutral;

/**
 * The two user journeys, end to end through the pages, each user in a browser session of
 * their own: draft → submit → three agencies in parallel → decision; and the changes-requested loop
 * to a second version and its redline.
 */
@DatabaseNeutral(
    "a journey through the pages; each step's SQL has its REST IT on PostgreSQL, and ParallelClearanceIT the parallel positions")
@ExtendWith(BrowserExtension.class)
class ClearanceJourneyBrowserIT {

  @Test
  void draftToClearanceToApprovalWithTheWholeHistory(Browsers browsers) {
    String title = "Freeze for relief " + ProposalDrafts.uniqueTag();
    Browser drafter = signedIn(browsers, "drafter");
    long id = ProposalDrafts.twoPhase(drafter, title, "CONFIDENTIAL").id();

    Browser envoy = signedIn(browsers, "envoy");
    ProposalPage proposal = ProposalPage.open(envoy, id);
    assertEquals(List.of("ENERGY", "STATE", "TREASURY"), sorted(proposal.openSubmitDialog()));
    proposal.confirmSubmit();
    assertEquals("IN_CLEARANCE", ProposalScenario.proposal(id).getString("status"));

    takePosition(signedIn(browsers, "treasury"), id, "Concur", null);
    takePosition(
        signedIn(browsers, "energy"),
        id,
        "Concur with comments",
        "Verification of the freeze should move to IAEA inspection in phase 2.");
    assertEquals("IN_CLEARANCE", ProposalScenario.proposal(id).getString("status"));
    takePosition(signedIn(browsers, "state"), id, "Concur", null);
    assertEquals("AWAITING_DECISION", ProposalScenario.proposal(id).getString("status"));

    Browser principal = signedIn(browsers, "principal");
    principal.open("/decisions/decide.xhtml?id=" + id);
    PrimeFacesControls controls = new PrimeFacesControls(principal);
    controls.chooseOption("decide-form:outcome", "Approved");
    principal.type("decide-form:rationale", "Reciprocal, phased and verifiable: table it.");
    principal.clickAndWaitForAjax("decide-form:decide");
    controls.waitForDialog("decide-form:confirm-dialog");
    principal.clickAndWaitForPage("decide-form:confirm-decide");
    assertEquals("APPROVED", ProposalScenario.proposal(id).getString("status"));

    List<String> history = ProposalPage.open(drafter, id).history();
    assertEquals(
        List.of(
            "CREATED",
            "SUBMITTED",
            "POSITION_TAKEN",
            "POSITION_TAKEN",
            "POSITION_TAKEN",
            "ROUND_CLOSED",
            "DECIDED"),
        history);
  }

  @Test
  void changesRequestedLoopToVersionTwoAndItsRedline(Browsers browsers) {
    String title = "Declaration sequence " + ProposalDrafts.uniqueTag();
    Browser drafter = signedIn(browsers, "drafter");
    long id = ProposalDrafts.twoPhase(drafter, title, "CONFIDENTIAL").id();
    Browser envoy = signedIn(browsers, "envoy");
    ProposalPage.open(envoy, id).openSubmitDialog();
    new ProposalPage(envoy).confirmSubmit();

    takePosition(
        signedIn(browsers, "state"),
        id,
        "Changes requested",
        "Phase 1 relief must be reversible: suspend, do not lift.");
    ProposalScenario.position(id, "TREASURY", "CONCUR");
    ProposalScenario.position(id, "ENERGY", "CONCUR");
    assertEquals("DRAFT", ProposalScenario.proposal(id).getString("status"));

    long commentId = ProposalScenario.comments(id).getJsonObject(0).getJsonNumber("id").longValue();
    drafter.open("/clearance/comments.xhtml?id=" + id);
    drafter.clickAndWaitForAjax(
        drafter
            .element("comment-" + commentId)
            .findElement(By.cssSelector("button[id$=':accept']")));
    assertTrue(drafter.element("comment-" + commentId).getText().contains("Accepted"));

    ProposalEditorPage.open(drafter, id)
        .ourDescription(0, 0, "Suspend, not lift, UN sanctions on civilian metal exports.")
        .save();
    ProposalPage.open(envoy, id).openSubmitDialog();
    new ProposalPage(envoy).confirmSubmit();
    JsonObject submitted = ProposalScenario.proposal(id);
    assertEquals("IN_CLEARANCE", submitted.getString("status"));
    assertEquals(2, submitted.getInt("versionNumber"));

    drafter.open("/proposals/redline.xhtml?id=" + id + "&from=1&to=2");
    String changed = drafter.element("phase-1-step-1").getText();
    assertTrue(changed.contains("Changed"), changed);
    assertTrue(changed.contains("Suspend, not lift"), changed);
  }

  private static Browser signedIn(Browsers browsers, String username) {
    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs(username);
    return browser;
  }

  /** The reviewer records their agency's position on the clearance page, confirming it. */
  private static void takePosition(Browser reviewer, long id, String position, String comment) {
    reviewer.open("/clearance/review.xhtml?id=" + id);
    PrimeFacesControls controls = new PrimeFacesControls(reviewer);
    controls.chooseOption("review-form:position", position);
    if (comment != null) {
      reviewer.clickAndWaitForAjax("review-form:add-comment");
      controls.chooseFromMenu("review-form:rows:0:comment-type", "Substantive");
      reviewer.type("review-form:rows:0:comment-text", comment);
    }
    reviewer.clickAndWaitForAjax("review-form:review");
    controls.waitForDialog("review-form:confirm-dialog");
    reviewer.clickAndWaitForPage("review-form:confirm-record");
    assertTrue(reviewer.element("messages").getText().contains("position is recorded"));
  }

  private static List<String> sorted(List<String> agencies) {
    return agencies.stream().sorted().toList();
  }
}
