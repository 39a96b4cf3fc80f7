package org.parley.proposal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.support.browser.Browser;
import org.parley.support.browser.BrowserExtension;
import org.parley.support.browser.Browsers;
import org.parley.support.browser.ProposalDrafts;
import org.parley.support.browser.ProposalEditorPage;
import org.parley.support.browser.ProposalListPage;
import org.parley.support.browser.ProposalPage;
import org.parley.support.browser.SignInPage;
import org.parley.support.database.DatabaseNeutral;
import org.parley.support.database.DatabaseSensitive;

/** Drafting in the proposal editor: creating, validating, reordering, concurrent saves. */
@DatabaseNeutral("the editor's pages; ProposalResourceIT runs drafting's SQL on PostgreSQL")
@ExtendWith(BrowserExtension.class)
class ProposalEditorBrowserIT {

  @Test
  void drafterCreatesATwoPhaseProposalAndFindsItInTheListAndOnItsPage(Browsers browsers) {
    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("drafter");
    String title = "Yongbyon freeze " + ProposalDrafts.uniqueTag();

    ProposalPage page = ProposalDrafts.twoPhase(browser, title, "CONFIDENTIAL");

    assertTrue(page.isShown(), browser.currentPath());
    assertTrue(page.messages().contains("Proposal " + page.reference() + " was created."));
    assertTrue(page.reference().matches("DPRK-\\d{4}-\\d{4}"), page.reference());
    assertEquals("DRAFT", page.status());
    assertEquals("Draft", page.statusLabel());
    assertEquals("CONFIDENTIAL", page.classificationBanner());
    assertEquals(
        List.of("Freeze for partial relief", "Liaison and declaration"), page.phaseTitles());
    String ledger = page.ledger();
    for (String shown :
        List.of(
            "Sanctions relief",
            "Suspend UN sanctions on civilian metal exports for six months.",
            "Freeze",
            "Self-declaration",
            "Liaison office",
            "Declaration",
            "Irreversible")) {
      assertTrue(ledger.contains(shown), shown + " missing from the ledger: " + ledger);
    }

    String reference = page.reference();
    ProposalListPage list = ProposalListPage.open(browser).filterText(title);
    assertEquals(List.of(reference), list.references());
    ProposalPage fromList = list.openProposal(reference);
    assertEquals(reference + ": " + title, browser.pageTitle());
    assertEquals(reference, fromList.reference());
  }

  @Test
  void validationErrorsShowNextToTheirFieldsAndNothingIsSaved(Browsers browsers) {
    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("drafter");
    String title = "Half-drafted " + ProposalDrafts.uniqueTag();
    ProposalEditorPage editor = ProposalEditorPage.openNew(browser, ProposalDrafts.WORKING_TRACK);

    editor.summary("A summary worth keeping.").ourDescription(0, 0, "Only a description.");
    editor.save();

    assertTrue(editor.isEditable(), "still in the editor");
    assertEquals("Give the proposal a title.", editor.messageNextTo("title"));
    assertEquals("Give the phase a title.", editor.messageNextTo("phases:0:phase-title"));
    String incomplete = "Fill in every field of this side, or leave them all empty.";
    assertEquals(incomplete, editor.messageNextTo("phases:0:steps:0:our-category"));
    assertEquals(incomplete, editor.messageNextTo("phases:0:steps:0:our-reversibility"));
    assertEquals("", editor.messageNextTo("phases:0:steps:0:our-description"));
    assertEquals("", editor.messageNextTo("phases:0:steps:0:their-category"));
    assertEquals("A summary worth keeping.", editor.summary(), "input is kept");

    editor.title(title).phaseTitle(0, "First phase").save();

    assertTrue(editor.isEditable(), "the half-filled side still blocks saving");
    assertEquals("", editor.messageNextTo("title"));
    assertEquals(incomplete, editor.messageNextTo("phases:0:steps:0:our-category"));
    assertEquals(List.of(), ProposalListPage.open(browser).filterText(title).references());
  }

  @Test
  void phasesAndStepsAreReorderedAndRemovedBeforeSaving(Browsers browsers) {
    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("drafter");
    ProposalEditorPage editor =
        ProposalEditorPage.openNew(browser, ProposalDrafts.WORKING_TRACK)
            .title("Reordered " + ProposalDrafts.uniqueTag())
            .phaseTitle(0, "Alpha")
            .ourDescription(0, 0, "keep me")
            .addPhase()
            .phaseTitle(1, "Beta");
    editor.addStep(1).addStep(1);
    assertEquals(3, editor.stepCount(1));

    editor
        .ours(1, 0, "Humanitarian aid", "First step", "Easily reversible")
        .ours(1, 1, "Diplomatic step", "Second step", "Easily reversible")
        .removeStep(1, 2)
        .moveStepDown(1, 0)
        .movePhaseUp(1);

    assertEquals(2, editor.phaseCount());
    assertEquals("Beta", editor.phaseTitle(0));
    assertEquals("Alpha", editor.phaseTitle(1));
    assertEquals("Second step", editor.ourDescription(0, 0));
    assertEquals("First step", editor.ourDescription(0, 1));
    assertEquals("keep me", editor.ourDescription(1, 0), "unsaved input survives reordering");

    assertEquals("UNCLASSIFIED", editor.banner());
    editor.classification("SECRET");
    assertEquals("SECRET", editor.banner(), "the banner follows the classification being set");

    editor.ourDescription(1, 0, "").removePhase(1);
    ProposalPage page = editor.save();

    assertTrue(page.isShown(), browser.currentPath());
    assertEquals(List.of("Beta"), page.phaseTitles());
    assertEquals("SECRET", page.classificationBanner());
    String ledger = page.ledger();
    assertTrue(ledger.indexOf("Second step") < ledger.indexOf("First step"), ledger);
  }

  @DatabaseSensitive("optimistic locking: the version the editor read against the stored one")
  @Test
  void aConcurrentSaveIsRefusedAndTheUsersInputStays(Browsers browsers) {
    Browser drafter = browsers.open();
    SignInPage.open(drafter).signInAs("drafter");
    long id = ProposalDrafts.titledOnly(drafter, "Contested " + ProposalDrafts.uniqueTag()).id();
    ProposalEditorPage drafterEditor = ProposalEditorPage.open(drafter, id);
    Browser envoy = browsers.open();
    SignInPage.open(envoy).signInAs("envoy");

    ProposalEditorPage.open(envoy, id).summary("The envoy's framing.").save();
    drafterEditor.summary("The drafter's framing.").save();

    assertTrue(drafterEditor.isEditable(), "the drafter stays in the editor");
    assertTrue(
        drafterEditor.globalMessages().contains("Someone saved this proposal after you opened it"),
        drafterEditor.globalMessages());
    assertEquals("The drafter's framing.", drafterEditor.summary());
    assertEquals("The envoy's framing.", ProposalPage.open(drafter, id).summary());
  }

  @Test
  void onlyTheTracksDraftersGetTheEditor(Browsers browsers) {
    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("state");

    ProposalEditorPage editor = ProposalEditorPage.openNew(browser, ProposalDrafts.WORKING_TRACK);

    assertFalse(editor.isEditable());
    assertEquals(
        "You draft on no negotiation track, so you cannot create a proposal.",
        editor.notEditableNotice());
  }

  @Test
  void anUnknownProposalShowsTheNotFoundPage(Browsers browsers) {
    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("drafter");

    browser.open("/proposals/view.xhtml?id=987654321");

    assertEquals("Page not found", browser.pageTitle());
    browser.open("/proposals/edit.xhtml?id=987654321");
    assertEquals("Page not found", browser.pageTitle());
  }
}
