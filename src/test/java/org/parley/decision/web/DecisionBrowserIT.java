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
import org.parley.support.Instruments;
import org.parley.support.ProposalScenario;
import org.parley.support.Workflow;
import org.parley.support.browser.Browser;
import org.parley.support.browser.BrowserExtension;
import org.parley.support.browser.Browsers;
import org.parley.support.browser.PrimeFacesControls;
import org.parley.support.browser.SignInPage;
import org.parley.support.database.DatabaseNeutral;

/**
 * The decision page, {@code decisions/decide.xhtml}: State non-concurred, Energy concurred; the
 * dissent travels to the principal, who approves with conditions.
 */
@DatabaseNeutral(
    "a page over the decision service, whose SQL DecisionResourceIT runs on PostgreSQL")
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

  @Test
  void aPrincipalOverridesABlockingFindingWithAJustificationADeputyCannot(Browsers browsers) {
    long sanctions = Instruments.create("Coal export sanctions " + Workflow.token(), 1);
    long id =
        ProposalScenario.create(
            content(
                "Coal sanctions relief for a test moratorium",
                "Our best leverage for a step they can take back at will.",
                "SECRET",
                phase(
                    "Moratorium",
                    step(
                        ours(
                            "SANCTIONS_RELIEF",
                            "Suspend the UN coal export ban",
                            "REVERSIBLE_AT_COST",
                            sanctions),
                        theirs(
                            "TEST_MORATORIUM",
                            "Announce a moratorium on missile tests",
                            "EASILY_REVERSIBLE",
                            "NATIONAL_TECHNICAL_MEANS")))));
    ProposalScenario.submit(id);
    Workflow.answerRound(id, java.util.Map.of());
    assertEquals("AWAITING_DECISION", ProposalScenario.proposal(id).getString("status"));

    Browser deputy = browsers.open();
    SignInPage.open(deputy).signInAs("deputy");
    deputy.open("/decisions/decide.xhtml?id=" + id);
    assertTrue(deputy.element("decision-findings").getText().contains("Blocking"));
    assertTrue(deputy.element("blocked-note").getText().contains("only a principal"));
    String deputyOutcomes = deputy.element("decide-form:outcome").getText();
    assertFalse(deputyOutcomes.contains("Approved"), deputyOutcomes);
    assertTrue(deputyOutcomes.contains("Returned"), deputyOutcomes);

    Browser principal = browsers.open();
    SignInPage.open(principal).signInAs("principal");
    principal.open("/decisions/decide.xhtml?id=" + id);
    String findings = principal.element("decision-findings").getText();
    assertTrue(findings.contains("Best leverage for a reversible step"), findings);
    PrimeFacesControls controls = new PrimeFacesControls(principal);
    assertFalse(principal.isPresent("decide-form:override-justification"));
    controls.chooseOption("decide-form:outcome", "Approved");
    assertTrue(principal.isPresent("decide-form:override-justification"));
    principal.type("decide-form:rationale", "The moratorium opens the summit track.");
    principal.clickAndWaitForAjax("decide-form:decide");
    assertFalse(controls.dialogShown("decide-form:confirm-dialog"));
    assertTrue(
        principal.element("decide-form:decide-fields").getText().contains("Justify the override"));

    principal.type(
        "decide-form:override-justification", "Coal relief can be snapped back by the Council.");
    principal.clickAndWaitForAjax("decide-form:decide");
    controls.waitForDialog("decide-form:confirm-dialog");
    assertTrue(principal.element("confirm-override").isDisplayed());
    principal.clickAndWaitForPage("decide-form:confirm-decide");

    assertEquals("Approved", principal.element("proposal-status").getText());
    assertTrue(
        Workflow.actions(id).contains("FINDING_OVERRIDDEN"), Workflow.actions(id).toString());
  }
}
