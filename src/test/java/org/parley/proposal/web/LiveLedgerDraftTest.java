package org.parley.proposal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.ledger.application.InstrumentView;
import org.parley.ledger.domain.Finding;
import org.parley.ledger.domain.InstrumentKind;
import org.parley.ledger.domain.LedgerDraft;
import org.parley.ledger.domain.RuleName;
import org.parley.ledger.domain.Severity;
import org.parley.ledger.domain.StepTerms;
import org.parley.proposal.domain.OurCategory;
import org.parley.shared.Agency;
import org.parley.shared.InvalidInputException;
import org.parley.shared.Reversibility;
import org.parley.shared.Verification;

/**
 * The editor's live reciprocity check reads the form leniently (whatever is filled in, a
 * half-filled side included: only saving refuses that), checks again only when the ledger changed,
 * and offers the instruments a drafter may choose.
 */
class LiveLedgerDraftTest {

  @Test
  void aPartlyFilledSideGivesWhatIsFilledInWithoutARefusal() {
    ProposalForm form = ProposalForm.blank(1L);
    StepForm step = form.getPhases().get(0).getSteps().get(0);
    step.setOurInstrumentId(5L);
    step.setTheirReversibility(Reversibility.EASILY_REVERSIBLE);

    LedgerDraft draft = form.ledgerDraft();

    assertEquals(
        List.of(List.of(new StepTerms(null, 5L, Reversibility.EASILY_REVERSIBLE, null))),
        draft.phases());
    assertEquals(Set.of(5L), form.instrumentIds());
    assertThrows(InvalidInputException.class, form::toContent, "saving still refuses it");
  }

  @Test
  void aCompleteStepGivesAllItsTermsAndAnEmptyOneNone() {
    StepForm complete = new StepForm();
    complete.setOurCategory(OurCategory.SANCTIONS_RELIEF);
    complete.setOurDescription("Suspend coal sanctions");
    complete.setOurReversibility(Reversibility.REVERSIBLE_AT_COST);
    complete.setOurInstrumentId(3L);
    complete.setTheirReversibility(Reversibility.IRREVERSIBLE);
    complete.setTheirVerification(Verification.IAEA_INSPECTION);

    assertEquals(
        new StepTerms(
            Reversibility.REVERSIBLE_AT_COST,
            3L,
            Reversibility.IRREVERSIBLE,
            Verification.IAEA_INSPECTION),
        complete.terms());
    assertEquals(new StepTerms(null, null, null, null), new StepForm().terms());
  }

  @Test
  void theDraftFollowsPhasesAndStepsInTheOrderOfTheForm() {
    ProposalForm form = ProposalForm.blank(1L);
    form.addPhase();
    PhaseForm first = form.getPhases().get(0);
    PhaseForm second = form.getPhases().get(1);
    first.getSteps().get(0).setOurReversibility(Reversibility.IRREVERSIBLE);
    second.getSteps().get(0).setTheirVerification(Verification.NONE);
    second.addStep();
    second.getSteps().get(1).setOurInstrumentId(9L);

    form.movePhase(second, -1);

    assertEquals(
        List.of(
            List.of(
                new StepTerms(null, null, null, Verification.NONE),
                new StepTerms(null, 9L, null, null)),
            List.of(new StepTerms(Reversibility.IRREVERSIBLE, null, null, null))),
        form.ledgerDraft().phases());
  }

  @Test
  void theCheckRunsAgainOnlyWhenTheLedgerChanged() {
    LiveFindings live = new LiveFindings();
    List<LedgerDraft> checked = new ArrayList<>();
    ProposalForm form = ProposalForm.blank(1L);
    StepForm step = form.getPhases().get(0).getSteps().get(0);

    List<Finding> first = live.of(form.ledgerDraft(), d -> check(checked, d));
    assertSame(first, live.of(form.ledgerDraft(), d -> check(checked, d)));
    step.setOurDescription("Texts do not count");
    live.of(form.ledgerDraft(), d -> check(checked, d));
    assertEquals(1, checked.size());

    step.setTheirVerification(Verification.NONE);
    live.of(form.ledgerDraft(), d -> check(checked, d));
    assertEquals(2, checked.size());
    assertEquals(form.ledgerDraft(), checked.get(1));
  }

  @Test
  void aStepsMarkersAreTheFindingsAboutThatStep() {
    Finding step21 = finding(2, 1, Severity.BLOCKING);
    Finding phase2 = finding(2, null, Severity.WARNING);
    Finding step12 = finding(1, 2, Severity.WARNING);
    Finding ledger = finding(null, null, Severity.WARNING);
    List<Finding> all = List.of(ledger, step12, phase2, step21);

    assertEquals(List.of(step21), LiveFindings.atStep(all, 1, 0));
    assertEquals(List.of(step12), LiveFindings.atStep(all, 0, 1));
    assertEquals(List.of(), LiveFindings.atStep(all, 0, 0));
  }

  @Test
  void retiredInstrumentsAreOfferedOnlyWhereTheDraftAlreadyNamesThem() {
    List<InstrumentView> register =
        List.of(
            instrument(1, "UN sanctions on coal exports", 1, false),
            instrument(2, "Spring combined exercise", 2, false),
            instrument(3, "Liaison office", 3, true),
            instrument(4, "Petroleum cap", 1, true));

    List<InstrumentChoice> offered = InstrumentChoice.offered(register, Set.of(3L));

    assertEquals(
        List.of(
            new InstrumentChoice(1, "UN sanctions on coal exports", 1, false),
            new InstrumentChoice(2, "Spring combined exercise", 2, false),
            new InstrumentChoice(3, "Liaison office", 3, true)),
        offered);
  }

  @Test
  void anInstrumentIsRefusedOnlyForASideLeftEntirelyEmpty() {
    InstrumentNeedsItsSide rule = new InstrumentNeedsItsSide();

    assertFalse(rule.validateValues(null, List.of(), Arrays.asList(null, "  ", null, 5L)));
    assertTrue(rule.validateValues(null, List.of(), Arrays.asList(null, null, null, null)));
    assertTrue(
        rule.validateValues(
            null,
            List.of(),
            Arrays.asList(OurCategory.SANCTIONS_RELIEF, "Coal", Reversibility.IRREVERSIBLE, 5L)));
    assertTrue(
        rule.validateValues(null, List.of(), Arrays.asList(null, "Coal", null, 5L)),
        "a side partly filled in is o:validateAllOrNone's to refuse");
  }

  private static List<Finding> check(List<LedgerDraft> checked, LedgerDraft draft) {
    checked.add(draft);
    return new ArrayList<>(List.of(finding(1, 1, Severity.WARNING)));
  }

  private static Finding finding(Integer phase, Integer step, Severity severity) {
    return new Finding(RuleName.UNVERIFIABLE, severity, phase, step, "explained");
  }

  private static InstrumentView instrument(long id, String name, int tier, boolean retired) {
    return new InstrumentView(
        id,
        name,
        InstrumentKind.UN_SANCTIONS,
        tier,
        Reversibility.REVERSIBLE_AT_COST,
        Agency.STATE,
        null,
        null,
        null,
        retired,
        0);
  }
}
