package org.parley.clearance.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.support.ProposalScenario.content;
import static org.parley.support.ProposalScenario.ours;
import static org.parley.support.ProposalScenario.phase;
import static org.parley.support.ProposalScenario.step;
import static org.parley.support.ProposalScenario.theirs;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.support.ProposalScenario;
import org.parley.support.browser.Browser;
import org.parley.support.browser.BrowserExtension;
import org.parley.support.browser.Browsers;
import org.parley.support.browser.Layout;
import org.parley.support.browser.PrimeFacesControls;
import org.parley.support.browser.SignInPage;
import org.parley.support.database.DatabaseNeutral;

/**
 * The reviewer's clearance page, {@code clearance/review.xhtml}, on a proposal set up through the
 * REST API: a liaison office for a Yongbyon freeze, routed to State and Energy.
 */
@DatabaseNeutral(
    "a page over the clearance service, whose SQL ClearanceResourceIT runs on PostgreSQL")
@ExtendWith(BrowserExtension.class)
class ClearanceReviewBrowserIT {

  private static final String FREEZE = "Freeze operations at the Yongbyon 5 MW reactor";

  private static long proposalInClearanceForStateAndEnergy() {
    long id =
        ProposalScenario.create(
            content(
                "Liaison office for a Yongbyon freeze",
                "A first, small and reversible step on both sides.",
                "CONFIDENTIAL",
                phase(
                    "Freeze",
                    step(
                        ours(
                            "LIAISON_OFFICE",
                            "Open a liaison office in Pyongyang",
                            "EASILY_REVERSIBLE"),
                        theirs("FREEZE", FREEZE, "REVERSIBLE_AT_COST", "SELF_DECLARATION")))));
    ProposalScenario.submit(id);
    return id;
  }

  @Test
  void reviewerTakesAPositionWithACommentAfterConfirming(Browsers browsers) {
    long id = proposalInClearanceForStateAndEnergy();
    ProposalScenario.position(id, "ENERGY", "CONCUR");
    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("state");

    browser.open("/clearance/review.xhtml?id=" + id);

    assertEquals("Clearance", browser.pageTitle());
    assertEquals("CONFIDENTIAL", browser.element("banner").getText());
    assertTrue(browser.element("round").getText().contains("Version 1 under review"));
    assertTrue(browser.element("ledger").getText().contains(FREEZE));
    assertTrue(browser.element("position-ENERGY").getText().contains("Concur"));
    assertTrue(browser.element("position-STATE").getText().contains("Pending"));

    PrimeFacesControls controls = new PrimeFacesControls(browser);
    controls.chooseOption("review-form:position", "Concur with comments");
    browser.clickAndWaitForAjax("review-form:review");
    controls.waitForDialog("review-form:confirm-dialog");
    browser.clickAndWaitForAjax("review-form:confirm-record");
    assertTrue(
        browser
            .element("review-form:comments-message")
            .getText()
            .contains("needs at least one comment"),
        "the service's refusal stands next to the comments");
    assertTrue(browser.element("position-STATE").getText().contains("Pending"));

    browser.clickAndWaitForAjax("review-form:add-comment");
    controls.chooseFromMenu("review-form:rows:0:comment-type", "Major");
    browser.type("review-form:rows:0:comment-text", "Tie the liaison office to a verified freeze.");
    browser.clickAndWaitForAjax("review-form:review");
    controls.waitForDialog("review-form:confirm-dialog");
    String confirmation = browser.element("confirm-text").getText();
    assertTrue(confirmation.contains("Concur with comments") && confirmation.contains("State"));
    browser.clickAndWaitForPage("review-form:confirm-record");

    assertTrue(browser.element("messages").getText().contains("position is recorded"));
    assertFalse(browser.isPresent("review-form"), "a position cannot be taken twice");
    String state = browser.element("position-STATE").getText();
    assertTrue(state.contains("Concur with comments"), state);
    assertTrue(state.contains("Major") && state.contains("verified freeze"), state);
    JsonObject recorded =
        ProposalScenario.clearance(id).getJsonArray("positions").stream()
            .map(JsonObject.class::cast)
            .filter(p -> p.getString("agency").equals("STATE"))
            .findFirst()
            .orElseThrow();
    assertEquals("CONCUR_WITH_COMMENTS", recorded.getString("position"));
    assertEquals("MAJOR", recorded.getJsonArray("comments").getJsonObject(0).getString("type"));
    assertEquals("AWAITING_DECISION", ProposalScenario.proposal(id).getString("status"));
  }

  @Test
  void reviewerOfAnAgencyThatAnsweredSeesTheRoundButNoFormAndOneWithoutASlotSeesNothing(
      Browsers browsers) {
    long id = proposalInClearanceForStateAndEnergy();
    ProposalScenario.position(id, "ENERGY", "CONCUR");
    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("energy");

    browser.open("/clearance/review.xhtml?id=" + id);

    assertTrue(browser.element("position-STATE").getText().contains("Pending"));
    assertTrue(browser.isPresent("cannot-answer"));
    assertFalse(browser.isPresent("review-form"));

    new Layout(browser).signOut();
    SignInPage.open(browser).signInAs("defense");
    browser.open("/clearance/review.xhtml?id=" + id);

    assertEquals("Page not found", browser.pageTitle());
    assertFalse(browser.pageSource().contains(FREEZE));
  }
}
