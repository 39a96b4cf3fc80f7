package org.parley.decision.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.support.ProposalScenario.content;
import static org.parley.support.ProposalScenario.ours;
import static org.parley.support.ProposalScenario.phase;
import static org.parley.support.ProposalScenario.step;
import static org.parley.support.ProposalScenario.theirs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.support.ProposalScenario;
import org.parley.support.browser.Browser;
import org.parley.support.browser.BrowserExtension;
import org.parley.support.browser.Browsers;
import org.parley.support.browser.PrimeFacesControls;
import org.parley.support.browser.SignInPage;

/**
 * The decision page, {@code decisions/decide.xhtml}: State non-concurred, Energy concurred; the
 * dissent travels to the principal, who approves with conditions.
 */
@ExtendWith(BrowserExtension.class)
class DecisionBrowserIT {

  private static final String DISSENT = "A freeze without inspectors is easily reversed.";

  @Test
  void principalSeesTheDissentAndApprovesWithConditions(Browsers browsers) {
    long id =
        ProposalScenario.create(
            content(
                "Liaison office for a Yongbyon freeze",
                "A first, small and reversible step on both sides.",
                "SECRET",
                phase(
                    "Freeze",
                    step(
                        ours(
                            "LIAISON_OFFICE",
                            "Open a liaison office in Pyongyang",
                            "EASILY_REVERSIBLE"),
                        theirs(
                            "FREEZE",
                            "Freeze the Yongbyon reactor",
                            "EASILY_REVERSIBLE",
                            "SELF_DECLARATION")))));
    ProposalScenario.submit(id);
    ProposalScenario.position(id, "STATE", "NON_CONCUR", "CRITICAL", DISSENT);
    ProposalScenario.position(id, "ENERGY", "CONCUR");
    assertEquals("AWAITING_DECISION", ProposalScenario.proposal(id).getString("status"));

    Browser drafter = browsers.open();
    SignInPage.open(drafter).signInAs("drafter");
    drafter.open("/decisions/decide.xhtml?id=" + id);
    assertTrue(drafter.isPresent("split-memo"));
    assertFalse(drafter.isPresent("decide-form"), "the drafter does not decide");

    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("principal");
    browser.open("/decisions/decide.xhtml?id=" + id);

    assertEquals("Decision", browser.pageTitle());
    assertEquals("SECRET", browser.element("banner").getText());
    assertTrue(
        browser.element("position-STATE").getDomAttribute("class").contains("position-dissent"));
    assertTrue(browser.element("position-STATE").getText().toLowerCase().contains("dissent"));
    assertFalse(
        browser.element("position-ENERGY").getDomAttribute("class").contains("position-dissent"));
    String memo = browser.element("dissent-STATE").getText();
    assertTrue(memo.contains("Non-concur") && memo.contains(DISSENT), memo);
    assertFalse(browser.isPresent("dissent-ENERGY"));
    assertTrue(browser.isPresent("no-decisions"));

    PrimeFacesControls controls = new PrimeFacesControls(browser);
    assertFalse(browser.isPresent("decide-form:conditions"), "conditions only when they apply");
    controls.chooseOption("decide-form:outcome", "Approved with conditions");
    assertTrue(browser.isPresent("decide-form:conditions"));
    browser.type(
        "decide-form:rationale", "Worth a first step; State's concern becomes a condition.");
    browser.clickAndWaitForAjax("decide-form:decide");
    assertFalse(controls.dialogShown("decide-form:confirm-dialog"));
    assertTrue(
        browser.element("decide-form:decide-fields").getText().contains("State the conditions"));

    browser.type("decide-form:conditions", "IAEA inspectors return to Yongbyon within 90 days.");
    browser.clickAndWaitForAjax("decide-form:decide");
    controls.waitForDialog("decide-form:confirm-dialog");
    assertTrue(browser.element("confirm-text").getText().contains("Approved with conditions"));
    browser.clickAndWaitForPage("decide-form:confirm-decide");

    assertTrue(browser.element("messages").getText().contains("decision is recorded"));
    assertEquals("Approved", browser.element("proposal-status").getText());
    assertFalse(browser.isPresent("decide-form"));
    String decisions = browser.element("decision-list").getText();
    assertTrue(decisions.contains("Approved with conditions"), decisions);
    assertTrue(decisions.contains("within 90 days"), decisions);
    assertEquals("APPROVED", ProposalScenario.proposal(id).getString("status"));
  }
}
