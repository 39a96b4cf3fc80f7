package org.parley.proposal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.proposal.application.ProposalView;
import org.parley.proposal.domain.OurAction;
import org.parley.proposal.domain.OurCategory;
import org.parley.proposal.domain.PhaseContent;
import org.parley.proposal.domain.ProposalContent;
import org.parley.proposal.domain.ReciprocalStep;
import org.parley.proposal.domain.TheirAction;
import org.parley.proposal.domain.TheirCategory;
import org.parley.shared.Classification;
import org.parley.shared.InvalidInputException;
import org.parley.shared.ProposalStatus;
import org.parley.shared.Reversibility;
import org.parley.shared.Verification;

class ProposalFormTest {

  private static final ReciprocalStep RELIEF_FOR_FREEZE =
      new ReciprocalStep(
          new OurAction(
              OurCategory.SANCTIONS_RELIEF,
              "Suspend metal sanctions",
              Reversibility.REVERSIBLE_AT_COST),
          new TheirAction(
              TheirCategory.FREEZE,
              "Freeze Yongbyon",
              Reversibility.REVERSIBLE_AT_COST,
              Verification.IAEA_INSPECTION));
  private static final ReciprocalStep OFFICE_NOT_YET_ANSWERED =
      new ReciprocalStep(
          new OurAction(
              OurCategory.LIAISON_OFFICE, "Liaison offices", Reversibility.EASILY_REVERSIBLE),
          null);

  @Test
  void aProposalComesBackUnchangedThroughTheForm() {
    ProposalContent content =
        new ProposalContent(
            "Freeze for relief",
            "Action for action.",
            Classification.SECRET,
            List.of(
                new PhaseContent("First", List.of(RELIEF_FOR_FREEZE, OFFICE_NOT_YET_ANSWERED)),
                new PhaseContent("Second", List.of())));

    assertEquals(content, ProposalForm.of(view(content)).toContent());
  }

  @Test
  void aBlankDraftHasOnePhaseWithOneStepWhoseSidesAreBothMissing() {
    ProposalContent content = ProposalForm.blank(1L).toContent();

    assertEquals("", content.title());
    assertEquals("", content.summary());
    assertEquals(Classification.UNCLASSIFIED, content.classification());
    assertEquals(1, content.phases().size());
    ReciprocalStep step = content.phases().get(0).steps().get(0);
    assertFalse(step.ours().isPresent());
    assertFalse(step.theirs().isPresent());
  }

  @Test
  void textsAreTrimmedAndASideOfBlankTextCountsAsEmpty() {
    ProposalForm form = ProposalForm.blank(1L);
    form.setTitle("  Title  ");
    form.setSummary("  ");
    form.getPhases().get(0).setTitle(" Phase ");
    form.getPhases().get(0).getSteps().get(0).setOurDescription("   ");

    ProposalContent content = form.toContent();

    assertEquals("Title", content.title());
    assertEquals("", content.summary());
    assertEquals("Phase", content.phases().get(0).title());
    assertFalse(content.phases().get(0).steps().get(0).ours().isPresent());
  }

  @Test
  void aPartlyFilledSideIsRefusedRatherThanSavedHalfway() {
    ProposalForm form = ProposalForm.blank(1L);
    StepForm step = form.getPhases().get(0).getSteps().get(0);
    step.setTheirCategory(TheirCategory.DECLARATION);
    step.setTheirDescription("Declare every site");

    InvalidInputException refusal = assertThrows(InvalidInputException.class, form::toContent);

    assertEquals("phases", refusal.getField());
    assertTrue(refusal.getMessage().contains("Their side"));
  }

  @Test
  void phasesMoveUpAndDownWithinTheList() {
    ProposalForm form = ProposalForm.blank(1L);
    form.addPhase();
    form.addPhase();
    List<PhaseForm> phases = List.copyOf(form.getPhases());

    form.movePhase(phases.get(2), -1);
    assertEquals(List.of(phases.get(0), phases.get(2), phases.get(1)), form.getPhases());
    form.movePhase(phases.get(0), -1);
    form.movePhase(phases.get(1), 1);
    assertEquals(
        List.of(phases.get(0), phases.get(2), phases.get(1)),
        form.getPhases(),
        "the first cannot go up, the last cannot go down");
    form.removePhase(phases.get(2));
    assertEquals(List.of(phases.get(0), phases.get(1)), form.getPhases());
  }

  @Test
  void stepsMoveAndAreRemovedWithinTheirPhase() {
    PhaseForm phase = new PhaseForm();
    phase.addStep();
    phase.addStep();
    List<StepForm> steps = List.copyOf(phase.getSteps());

    phase.moveStep(steps.get(0), 1);
    assertEquals(List.of(steps.get(1), steps.get(0)), phase.getSteps());
    phase.removeStep(steps.get(1));
    assertEquals(List.of(steps.get(0)), phase.getSteps());
  }

  @Test
  void theEditorOffersClassificationsUpToTheEditorsClearance() {
    assertEquals(
        List.of(Classification.UNCLASSIFIED, Classification.CONFIDENTIAL),
        new EditorChoices(Classification.CONFIDENTIAL, List.of()).getClassifications());
    assertEquals(
        List.of(Classification.values()),
        new EditorChoices(Classification.TOP_SECRET, List.of()).getClassifications());
  }

  private static ProposalView view(ProposalContent content) {
    return new ProposalView(
        7,
        "DPRK-2026-0007",
        1,
        content.title(),
        content.summary(),
        content.classification(),
        ProposalStatus.DRAFT,
        0,
        0,
        content.phases(),
        Set.of("drafter"),
        Instant.EPOCH,
        Instant.EPOCH,
        Set.of());
  }
}
