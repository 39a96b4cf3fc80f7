package org.parley.proposal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.support.browser.Browser;
import org.parley.support.browser.BrowserExtension;
import org.parley.support.browser.Browsers;
import org.parley.support.browser.InboxPage;
import org.parley.support.browser.ProposalDrafts;
import org.parley.support.browser.ProposalEditorPage;
import org.parley.support.browser.ProposalPage;
import org.parley.support.browser.SignInPage;
import org.parley.support.database.DatabaseNeutral;

/** The envoy's submit and withdraw dialogs, and what the proposal page and inboxes show after. */
@DatabaseNeutral(
    "dialogs over the submission service, whose SQL ProposalResourceIT runs on PostgreSQL")
@ExtendWith(BrowserExtension.class)
class SubmissionBrowserIT {

  @Test
  void envoySubmitsToTheRoutedAgenciesAndTheirInboxesListIt(Browsers browsers) {
    Browser drafter = browsers.open();
    SignInPage.open(drafter).signInAs("drafter");
    ProposalPage drafted =
        ProposalDrafts.twoPhase(drafter, "Submitted " + ProposalDrafts.uniqueTag(), "CONFIDENTIAL");
    long id = drafted.id();
    String reference = drafted.reference();
    assertFalse(drafted.offers("open-submit"), "staff do not submit");
    drafted.edit().summary("Revised: a verified freeze first.").save();

    Browser envoy = browsers.open();
    SignInPage.open(envoy).signInAs("envoy");
    ProposalPage page = ProposalPage.open(envoy, id);
    List<String> routed = page.openSubmitDialog();

    assertEquals(List.of("STATE", "ENERGY", "TREASURY"), routed);
    assertEquals(List.of("Defense", "Intelligence Community", "NSC staff"), page.addableAgencies());
    page.addAgency("Defense").confirmSubmit();

    assertEquals("IN_CLEARANCE", page.status());
    assertTrue(page.messages().contains("Submitted to clearance as version 1."), page.messages());
    assertEquals(
        Set.of("STATE", "DEFENSE", "ENERGY", "TREASURY"), Set.copyOf(page.roundAgencies()));
    assertFalse(page.offers("open-submit"));
    assertFalse(page.offers("edit"));
    assertTrue(page.linkOf("open-clearance").endsWith("/clearance/review.xhtml?id=" + id));
    assertEquals(List.of("CREATED", "EDITED", "SUBMITTED"), page.history());
    assertTrue(page.historyText().contains("Submitted for clearance"), page.historyText());
    assertTrue(page.historyText().contains("DEFENSE"), "the added agency is recorded");

    Browser state = browsers.open();
    SignInPage.open(state).signInAs("state");
    InboxPage inbox = InboxPage.open(state);
    assertFalse(
        inbox.banner().equals("UNCLASSIFIED"), "State's inbox now lists a CONFIDENTIAL proposal");
    InboxPage.Item item =
        inbox
            .find(reference)
            .orElseThrow(() -> new AssertionError(reference + " not in State's inbox"));
    assertEquals("TAKE_POSITION", item.task());
    assertTrue(item.link().endsWith("/clearance/review.xhtml?id=" + id), item.link());
  }

  @Test
  void anIncompleteDraftIsNotSubmittedAndTheDialogSaysWhy(Browsers browsers) {
    Browser envoy = browsers.open();
    SignInPage.open(envoy).signInAs("envoy");
    ProposalPage page =
        ProposalDrafts.titledOnly(envoy, "Unfinished " + ProposalDrafts.uniqueTag());

    assertEquals(List.of("STATE"), page.openSubmitDialog(), "an empty ledger routes to State only");
    envoy.clickAndWaitForAjax("submit-form:confirm-submit");

    assertTrue(
        envoy.element("submit-form:submit-messages").getText().contains("Cannot submit yet."),
        envoy.element("submit-form:submit-messages").getText());
    assertEquals("DRAFT", ProposalPage.open(envoy, page.id()).status());
  }

  @Test
  void envoyWithdrawsWithAReasonAfterConfirming(Browsers browsers) {
    Browser envoy = browsers.open();
    SignInPage.open(envoy).signInAs("envoy");
    ProposalPage page = ProposalDrafts.titledOnly(envoy, "Withdrawn " + ProposalDrafts.uniqueTag());

    String dialog = page.withdrawWithoutReason();
    assertTrue(dialog.contains("Give the reason for withdrawing."), dialog);
    assertEquals("DRAFT", ProposalPage.open(envoy, page.id()).status());

    page.withdraw("Overtaken by the summit track.");

    assertEquals("WITHDRAWN", page.status());
    assertTrue(page.messages().contains("The proposal was withdrawn."));
    assertFalse(page.offers("open-withdraw"));
    assertFalse(page.offers("edit"));
    assertEquals(List.of("CREATED", "WITHDRAWN"), page.history());
    assertTrue(page.historyText().contains("Overtaken by the summit track."));
    assertFalse(ProposalEditorPage.open(envoy, page.id()).isEditable());
  }
}
