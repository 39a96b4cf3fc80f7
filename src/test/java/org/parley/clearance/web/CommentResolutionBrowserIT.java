package org.parley.clearance.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.support.ProposalScenario.content;
import static org.parley.support.ProposalScenario.ours;
import static org.parley.support.ProposalScenario.phase;
import static org.parley.support.ProposalScenario.step;
import static org.parley.support.ProposalScenario.theirs;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.parley.support.ProposalScenario;
import org.parley.support.browser.Browser;
import org.parley.support.browser.BrowserExtension;
import org.parley.support.browser.Browsers;
import org.parley.support.browser.PrimeFacesControls;
import org.parley.support.browser.SignInPage;
import org.parley.support.database.DatabaseNeutral;

/**
 * Comment resolution, {@code clearance/comments.xhtml}: State requested changes with two comments;
 * the drafter accepts one and rejects the other with a reason, and can then resubmit.
 */
@DatabaseNeutral("a page over the comment service, whose SQL CommentResourceIT runs on PostgreSQL")
@ExtendWith(BrowserExtension.class)
class CommentResolutionBrowserIT {

  @Test
  void drafterAcceptsOneCommentAndRejectsTheOtherWithAReason(Browsers browsers) {
    long id =
        ProposalScenario.create(
            content(
                "Food aid for the return of remains",
                "Humanitarian steps only: State clears it alone.",
                "UNCLASSIFIED",
                phase(
                    "Humanitarian",
                    step(
                        ours(
                            "HUMANITARIAN_AID",
                            "Deliver food aid through the WFP",
                            "EASILY_REVERSIBLE"),
                        theirs(
                            "REPATRIATION",
                            "Return remains of servicemen",
                            "IRREVERSIBLE",
                            "NONE")))));
    ProposalScenario.submit(id);
    ProposalScenario.position(
        id,
        "STATE",
        "CHANGES_REQUESTED",
        "CRITICAL",
        "Name the number of remains to be returned.",
        "ADMINISTRATIVE",
        "Call the phase by its place in the sequence.");
    assertEquals("DRAFT", ProposalScenario.proposal(id).getString("status"));
    JsonArray comments = ProposalScenario.comments(id);
    long critical = comments.getJsonObject(0).getJsonNumber("id").longValue();
    long administrative = comments.getJsonObject(1).getJsonNumber("id").longValue();

    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("drafter");
    browser.open("/clearance/comments.xhtml?id=" + id);

    assertEquals("Comment resolution", browser.pageTitle());
    assertTrue(browser.element("resolution-note").getText().contains("Unanswered: 2."));
    assertTrue(browser.element("comment-" + critical).getText().contains("Critical"));

    browser.clickAndWaitForAjax(button("comment-" + critical, "accept", browser));
    assertTrue(browser.element("comment-" + critical).getText().contains("Accepted"));
    assertTrue(browser.element("resolution-note").getText().contains("Unanswered: 1."));

    PrimeFacesControls controls = new PrimeFacesControls(browser);
    browser.clickAndWaitForAjax(button("comment-" + administrative, "reject", browser));
    controls.waitForDialog("reject-form:reject-dialog");
    assertTrue(browser.element("rejecting-text").getText().contains("place in the sequence"));
    browser.clickAndWaitForAjax("reject-form:confirm-reject");
    assertTrue(controls.dialogShown("reject-form:reject-dialog"), "a rejection needs its reason");
    assertTrue(browser.element("reject-form:reject-content").getText().contains("Give the reason"));

    browser.type("reject-form:reason", "Phases are named for what happens in them.");
    browser.clickAndWaitForAjax("reject-form:confirm-reject");

    String rejected = browser.element("comment-" + administrative).getText();
    assertTrue(rejected.contains("Rejected") && rejected.contains("named for what happens"));
    assertTrue(browser.element("resolution-note").getText().contains("Unanswered: 0."));
    assertFalse(browser.isPresent("comments-form:items:0:accept"));
    JsonArray answered = ProposalScenario.comments(id);
    JsonObject first = answered.getJsonObject(0).getJsonObject("resolution");
    JsonObject second = answered.getJsonObject(1).getJsonObject("resolution");
    assertTrue(first.getBoolean("accepted"));
    assertFalse(second.getBoolean("accepted"));
    assertEquals("Phases are named for what happens in them.", second.getString("reason"));
    assertEquals(
        "IN_CLEARANCE",
        ProposalScenario.submit(id).getString("status"),
        "with every comment answered the proposal goes to clearance again");
  }

  private static WebElement button(String commentId, String action, Browser browser) {
    return browser.element(commentId).findElement(By.cssSelector("button[id$=':" + action + "']"));
  }
}
