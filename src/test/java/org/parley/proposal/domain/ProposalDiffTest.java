package org.parley.proposal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.proposal.domain.ProposalDiff.FieldChange;
import org.parley.proposal.domain.ProposalDiff.PhaseChange;
import org.parley.proposal.domain.ProposalDiff.PhaseDiff;
import org.parley.proposal.domain.ProposalDiff.Segment;
import org.parley.proposal.domain.ProposalDiff.SegmentKind;
import org.parley.proposal.domain.ProposalDiff.StepChange;
import org.parley.proposal.domain.ProposalDiff.StepDiff;
import org.parley.proposal.domain.ProposalDiff.StepField;
import org.parley.shared.Classification;
import org.parley.shared.Reversibility;
import org.parley.shared.Verification;

class ProposalDiffTest {

  // --- fixtures: a freeze-for-relief ledger in two phases ---

  private static ReciprocalStep step(String ours, String theirs) {
    return new ReciprocalStep(
        new OurAction(OurCategory.SANCTIONS_RELIEF, ours, Reversibility.REVERSIBLE_AT_COST),
        new TheirAction(
            TheirCategory.FREEZE,
            theirs,
            Reversibility.EASILY_REVERSIBLE,
            Verification.IAEA_INSPECTION));
  }

  private static final ReciprocalStep RELIEF_FOR_FREEZE =
      step("Suspend the textile export ban", "Freeze Yongbyon reactor operations");
  private static final ReciprocalStep LIAISON_FOR_DECLARATION =
      step("Open a liaison office in Pyongyang", "Declare all enrichment sites");
  private static final ReciprocalStep AID_FOR_ACCESS =
      step("Deliver humanitarian aid", "Admit IAEA inspectors to Yongbyon");

  private static PhaseContent phase(String title, ReciprocalStep... steps) {
    return new PhaseContent(title, List.of(steps));
  }

  private static ProposalContent content(PhaseContent... phases) {
    return new ProposalContent(
        "Yongbyon freeze for partial sanctions relief",
        "A verified freeze of Yongbyon in return for partial relief.",
        Classification.CONFIDENTIAL,
        List.of(phases));
  }

  private static final ProposalContent BASE =
      content(
          phase("Freeze", RELIEF_FOR_FREEZE, LIAISON_FOR_DECLARATION),
          phase("Verification", AID_FOR_ACCESS));

  private static ProposalContent withText(String title, String summary, Classification marking) {
    return new ProposalContent(title, summary, marking, BASE.phases());
  }

  // --- the same content ---

  @Test
  void identicalVersionsHaveAnEmptyRedline() {
    ProposalDiff diff = ProposalDiff.between(BASE, BASE);

    assertTrue(diff.isEmpty());
    assertFalse(diff.title().changed());
    assertEquals(List.of(new Segment(SegmentKind.SAME, BASE.summary())), diff.summary().segments());
    assertEquals(
        List.of(PhaseChange.KEPT, PhaseChange.KEPT),
        diff.phases().stream().map(PhaseDiff::change).toList());
    assertTrue(
        diff.phases().stream()
            .flatMap(p -> p.steps().stream())
            .allMatch(s -> s.change() == StepChange.UNCHANGED && s.fields().isEmpty()));
  }

  // --- title, summary, classification ---

  @Test
  void changedTitleIsComparedWordByWord() {
    ProposalContent after =
        withText(
            "Yongbyon dismantlement for partial sanctions relief",
            BASE.summary(),
            BASE.classification());

    ProposalDiff diff = ProposalDiff.between(BASE, after);

    assertFalse(diff.isEmpty());
    assertTrue(diff.title().changed());
    assertEquals(
        List.of(
            new Segment(SegmentKind.SAME, "Yongbyon "),
            new Segment(SegmentKind.DELETED, "freeze"),
            new Segment(SegmentKind.INSERTED, "dismantlement"),
            new Segment(SegmentKind.SAME, " for partial sanctions relief")),
        diff.title().segments());
    assertFalse(diff.summary().changed());
  }

  @Test
  void summaryShowsInsertedAndDeletedWords() {
    ProposalContent after =
        withText(
            BASE.title(),
            "A verified and permanent freeze of Yongbyon in return for relief.",
            BASE.classification());

    ProposalDiff diff = ProposalDiff.between(BASE, after);

    assertEquals(
        List.of(
            new Segment(SegmentKind.SAME, "A verified "),
            new Segment(SegmentKind.INSERTED, "and permanent "),
            new Segment(SegmentKind.SAME, "freeze of Yongbyon in return for "),
            new Segment(SegmentKind.DELETED, "partial "),
            new Segment(SegmentKind.SAME, "relief.")),
        diff.summary().segments());
    assertEquals(BASE.summary(), diff.summary().before());
    assertEquals(after.summary(), diff.summary().after());
  }

  @Test
  void replacedRunOfWordsIsOneDeletionAndOneInsertion() {
    ProposalContent after =
        withText(BASE.title(), "Entirely new words here.", BASE.classification());

    ProposalDiff diff = ProposalDiff.between(BASE, after);

    assertEquals(
        List.of(
            new Segment(SegmentKind.DELETED, BASE.summary()),
            new Segment(SegmentKind.INSERTED, "Entirely new words here.")),
        diff.summary().segments());
  }

  @Test
  void classificationChangeIsReported() {
    ProposalContent after = withText(BASE.title(), BASE.summary(), Classification.SECRET);

    ProposalDiff diff = ProposalDiff.between(BASE, after);

    assertTrue(diff.classification().changed());
    assertEquals("CONFIDENTIAL", diff.classification().before());
    assertEquals("SECRET", diff.classification().after());
    assertFalse(diff.isEmpty());
  }

  // --- phases ---

  @Test
  void phaseAddedAtTheEndWithAllItsStepsAdded() {
    ProposalContent after =
        content(
            BASE.phases().get(0), BASE.phases().get(1), phase("Dismantlement", RELIEF_FOR_FREEZE));

    List<PhaseDiff> phases = ProposalDiff.between(BASE, after).phases();

    assertEquals(3, phases.size());
    PhaseDiff added = phases.get(2);
    assertEquals(PhaseChange.ADDED, added.change());
    assertNull(added.titleBefore());
    assertEquals("Dismantlement", added.title());
    assertEquals(StepChange.ADDED, added.steps().get(0).change());
    assertNull(added.steps().get(0).before());
    assertEquals(RELIEF_FOR_FREEZE, added.steps().get(0).step());
    assertFalse(phases.get(0).changed());
    assertFalse(phases.get(1).changed());
  }

  @Test
  void phaseInsertedAtTheStartLeavesTheOthersKept() {
    ProposalContent after =
        content(
            phase("Confidence building", AID_FOR_ACCESS),
            BASE.phases().get(0),
            BASE.phases().get(1));

    List<PhaseDiff> phases = ProposalDiff.between(BASE, after).phases();

    assertEquals(
        List.of(PhaseChange.ADDED, PhaseChange.KEPT, PhaseChange.KEPT),
        phases.stream().map(PhaseDiff::change).toList());
    assertEquals("Confidence building", phases.get(0).title());
  }

  @Test
  void removedPhaseStaysWhereItStoodWithAllItsStepsRemoved() {
    ProposalContent after = content(BASE.phases().get(1));

    List<PhaseDiff> phases = ProposalDiff.between(BASE, after).phases();

    assertEquals(
        List.of(PhaseChange.REMOVED, PhaseChange.KEPT),
        phases.stream().map(PhaseDiff::change).toList());
    PhaseDiff removed = phases.get(0);
    assertEquals("Freeze", removed.title());
    assertNull(removed.titleAfter());
    assertEquals(
        List.of(StepChange.REMOVED, StepChange.REMOVED),
        removed.steps().stream().map(StepDiff::change).toList());
    assertEquals(RELIEF_FOR_FREEZE, removed.steps().get(0).step());
    assertNull(removed.steps().get(0).after());
  }

  @Test
  void phaseWithANewTitleInTheSamePlaceIsRenamed() {
    ProposalContent after =
        content(
            phase("Freeze and declaration", RELIEF_FOR_FREEZE, LIAISON_FOR_DECLARATION),
            BASE.phases().get(1));

    PhaseDiff renamed = ProposalDiff.between(BASE, after).phases().get(0);

    assertEquals(PhaseChange.RENAMED, renamed.change());
    assertEquals("Freeze", renamed.titleBefore());
    assertEquals("Freeze and declaration", renamed.titleAfter());
    assertTrue(renamed.changed());
    assertTrue(renamed.steps().stream().noneMatch(StepDiff::changed));
  }

  @Test
  void renamedPhaseAlsoReportsItsChangedSteps() {
    ProposalContent after = content(phase("Step one", RELIEF_FOR_FREEZE), BASE.phases().get(1));

    PhaseDiff renamed = ProposalDiff.between(BASE, after).phases().get(0);

    assertEquals(PhaseChange.RENAMED, renamed.change());
    assertEquals(
        List.of(StepChange.UNCHANGED, StepChange.REMOVED),
        renamed.steps().stream().map(StepDiff::change).toList());
  }

  @Test
  void moreRemovedThanAddedPhasesInOnePlace() {
    ProposalContent before =
        content(phase("A", AID_FOR_ACCESS), phase("B", AID_FOR_ACCESS), phase("C", AID_FOR_ACCESS));
    ProposalContent after = content(phase("X", AID_FOR_ACCESS), phase("C", AID_FOR_ACCESS));

    List<PhaseDiff> phases = ProposalDiff.between(before, after).phases();

    assertEquals(
        List.of(PhaseChange.RENAMED, PhaseChange.REMOVED, PhaseChange.KEPT),
        phases.stream().map(PhaseDiff::change).toList());
    assertEquals("A", phases.get(0).titleBefore());
    assertEquals("X", phases.get(0).titleAfter());
    assertEquals("B", phases.get(1).title());
  }

  @Test
  void versionWithoutPhasesAgainstOneWithPhases() {
    ProposalContent empty = content();

    ProposalDiff added = ProposalDiff.between(empty, BASE);
    ProposalDiff removed = ProposalDiff.between(BASE, empty);

    assertTrue(added.phases().stream().allMatch(p -> p.change() == PhaseChange.ADDED));
    assertTrue(removed.phases().stream().allMatch(p -> p.change() == PhaseChange.REMOVED));
    assertTrue(ProposalDiff.between(empty, empty).isEmpty());
  }

  // --- steps ---

  @Test
  void stepAddedInsideAKeptPhase() {
    ProposalContent after =
        content(
            phase("Freeze", RELIEF_FOR_FREEZE, AID_FOR_ACCESS, LIAISON_FOR_DECLARATION),
            BASE.phases().get(1));

    PhaseDiff freeze = ProposalDiff.between(BASE, after).phases().get(0);

    assertEquals(PhaseChange.KEPT, freeze.change());
    assertTrue(freeze.changed());
    assertEquals(
        List.of(StepChange.UNCHANGED, StepChange.ADDED, StepChange.UNCHANGED),
        freeze.steps().stream().map(StepDiff::change).toList());
    assertEquals(AID_FOR_ACCESS, freeze.steps().get(1).after());
  }

  @Test
  void stepRemovedFromAKeptPhase() {
    ProposalContent after = content(phase("Freeze", LIAISON_FOR_DECLARATION), BASE.phases().get(1));

    PhaseDiff freeze = ProposalDiff.between(BASE, after).phases().get(0);

    assertEquals(
        List.of(StepChange.REMOVED, StepChange.UNCHANGED),
        freeze.steps().stream().map(StepDiff::change).toList());
    assertEquals(RELIEF_FOR_FREEZE, freeze.steps().get(0).before());
  }

  static Stream<Arguments> everyStepField() {
    OurAction ours = RELIEF_FOR_FREEZE.ours().orElseThrow();
    TheirAction theirs = RELIEF_FOR_FREEZE.theirs().orElseThrow();
    return Stream.of(
        Arguments.of(
            StepField.OUR_CATEGORY,
            (UnaryOperator<ReciprocalStep>)
                s ->
                    new ReciprocalStep(
                        new OurAction(
                            OurCategory.HUMANITARIAN_AID, ours.description(), ours.reversibility()),
                        theirs),
            "SANCTIONS_RELIEF",
            "HUMANITARIAN_AID"),
        Arguments.of(
            StepField.OUR_DESCRIPTION,
            (UnaryOperator<ReciprocalStep>)
                s ->
                    new ReciprocalStep(
                        new OurAction(
                            ours.category(),
                            "Suspend the seafood export ban",
                            ours.reversibility()),
                        theirs),
            "Suspend the textile export ban",
            "Suspend the seafood export ban"),
        Arguments.of(
            StepField.OUR_REVERSIBILITY,
            (UnaryOperator<ReciprocalStep>)
                s ->
                    new ReciprocalStep(
                        new OurAction(
                            ours.category(), ours.description(), Reversibility.EASILY_REVERSIBLE),
                        theirs),
            "REVERSIBLE_AT_COST",
            "EASILY_REVERSIBLE"),
        Arguments.of(
            StepField.OUR_INSTRUMENT,
            (UnaryOperator<ReciprocalStep>)
                s ->
                    new ReciprocalStep(
                        new OurAction(
                            ours.category(), ours.description(), ours.reversibility(), 7L),
                        theirs),
            null,
            "7"),
        Arguments.of(
            StepField.THEIR_CATEGORY,
            (UnaryOperator<ReciprocalStep>)
                s ->
                    new ReciprocalStep(
                        ours,
                        new TheirAction(
                            TheirCategory.DISMANTLEMENT,
                            theirs.description(),
                            theirs.reversibility(),
                            theirs.verification())),
            "FREEZE",
            "DISMANTLEMENT"),
        Arguments.of(
            StepField.THEIR_DESCRIPTION,
            (UnaryOperator<ReciprocalStep>)
                s ->
                    new ReciprocalStep(
                        ours,
                        new TheirAction(
                            theirs.category(),
                            "Freeze all Yongbyon operations",
                            theirs.reversibility(),
                            theirs.verification())),
            "Freeze Yongbyon reactor operations",
            "Freeze all Yongbyon operations"),
        Arguments.of(
            StepField.THEIR_REVERSIBILITY,
            (UnaryOperator<ReciprocalStep>)
                s ->
                    new ReciprocalStep(
                        ours,
                        new TheirAction(
                            theirs.category(),
                            theirs.description(),
                            Reversibility.IRREVERSIBLE,
                            theirs.verification())),
            "EASILY_REVERSIBLE",
            "IRREVERSIBLE"),
        Arguments.of(
            StepField.THEIR_VERIFICATION,
            (UnaryOperator<ReciprocalStep>)
                s ->
                    new ReciprocalStep(
                        ours,
                        new TheirAction(
                            theirs.category(),
                            theirs.description(),
                            theirs.reversibility(),
                            Verification.CONTINUOUS_ON_SITE)),
            "IAEA_INSPECTION",
            "CONTINUOUS_ON_SITE"));
  }

  @ParameterizedTest
  @MethodSource("everyStepField")
  void changedStepNamesExactlyTheFieldThatChanged(
      StepField field, UnaryOperator<ReciprocalStep> change, String before, String after) {
    ReciprocalStep changed = change.apply(RELIEF_FOR_FREEZE);
    ProposalContent revised =
        content(phase("Freeze", changed, LIAISON_FOR_DECLARATION), BASE.phases().get(1));

    StepDiff step = ProposalDiff.between(BASE, revised).phases().get(0).steps().get(0);

    assertEquals(StepChange.CHANGED, step.change());
    assertEquals(RELIEF_FOR_FREEZE, step.before());
    assertEquals(changed, step.after());
    assertEquals(1, step.fields().size());
    FieldChange only = step.fields().get(0);
    assertEquals(field, only.field());
    assertEquals(before, only.before());
    assertEquals(after, only.after());
    assertTrue(step.changedField(field));
    assertEquals(field.text(), !only.segments().isEmpty());
  }

  @Test
  void changedDescriptionIsComparedWordByWord() {
    ReciprocalStep changed =
        step("Suspend the textile and seafood export bans", "Freeze Yongbyon reactor operations");
    ProposalContent revised =
        content(phase("Freeze", changed, LIAISON_FOR_DECLARATION), BASE.phases().get(1));

    StepDiff step = ProposalDiff.between(BASE, revised).phases().get(0).steps().get(0);

    assertEquals(
        List.of(
            new Segment(SegmentKind.SAME, "Suspend the textile "),
            new Segment(SegmentKind.INSERTED, "and seafood "),
            new Segment(SegmentKind.SAME, "export "),
            new Segment(SegmentKind.DELETED, "ban"),
            new Segment(SegmentKind.INSERTED, "bans")),
        step.fields().get(0).segments());
  }

  @Test
  void stepWithSeveralChangedFieldsListsThemInLedgerOrder() {
    ReciprocalStep changed =
        new ReciprocalStep(
            new OurAction(
                OurCategory.ECONOMIC_COOPERATION, "Joint tourism zone", Reversibility.IRREVERSIBLE),
            RELIEF_FOR_FREEZE.theirs().orElseThrow());
    ProposalContent revised =
        content(phase("Freeze", changed, LIAISON_FOR_DECLARATION), BASE.phases().get(1));

    StepDiff step = ProposalDiff.between(BASE, revised).phases().get(0).steps().get(0);

    assertEquals(
        List.of(StepField.OUR_CATEGORY, StepField.OUR_DESCRIPTION, StepField.OUR_REVERSIBILITY),
        step.fields().stream().map(FieldChange::field).toList());
  }

  @Test
  void draftStepMissingASideComparesItsFieldsAsAbsent() {
    ReciprocalStep oursOnly = new ReciprocalStep(RELIEF_FOR_FREEZE.ours().orElseThrow(), null);
    ProposalContent before = content(phase("Freeze", oursOnly));
    ProposalContent after = content(phase("Freeze", RELIEF_FOR_FREEZE));

    StepDiff step = ProposalDiff.between(before, after).phases().get(0).steps().get(0);

    assertEquals(StepChange.CHANGED, step.change());
    assertEquals(
        List.of(
            StepField.THEIR_CATEGORY,
            StepField.THEIR_DESCRIPTION,
            StepField.THEIR_REVERSIBILITY,
            StepField.THEIR_VERIFICATION),
        step.fields().stream().map(FieldChange::field).toList());
    assertNull(step.fields().get(0).before());
    assertEquals(
        List.of(new Segment(SegmentKind.INSERTED, "Freeze Yongbyon reactor operations")),
        step.fields().get(1).segments());
  }

  @Test
  void reorderedStepsShowAsRemovedAndAddedAroundTheKeptOne() {
    ProposalContent after =
        content(phase("Freeze", LIAISON_FOR_DECLARATION, RELIEF_FOR_FREEZE), BASE.phases().get(1));

    PhaseDiff freeze = ProposalDiff.between(BASE, after).phases().get(0);

    assertEquals(
        List.of(StepChange.REMOVED, StepChange.UNCHANGED, StepChange.ADDED),
        freeze.steps().stream().map(StepDiff::change).toList());
  }

  @Test
  void allFieldsOfAChangedStepShowTheChangeAndTheUnchangedValues() {
    ReciprocalStep changed =
        step("Suspend the seafood export ban", "Freeze Yongbyon reactor operations");
    ProposalContent revised =
        content(phase("Freeze", changed, LIAISON_FOR_DECLARATION), BASE.phases().get(1));

    StepDiff step = ProposalDiff.between(BASE, revised).phases().get(0).steps().get(0);
    List<FieldChange> all = step.allFields();

    assertEquals(List.of(StepField.values()), all.stream().map(FieldChange::field).toList());
    assertEquals(
        List.of(StepField.OUR_DESCRIPTION),
        all.stream().filter(FieldChange::changed).map(FieldChange::field).toList());
    FieldChange category = all.get(0);
    assertEquals("SANCTIONS_RELIEF", category.before());
    assertEquals("SANCTIONS_RELIEF", category.after());
  }

  @Test
  void allFieldsOfAnAddedStepAreItsValuesUnmarked() {
    ProposalContent after =
        content(
            phase("Freeze", RELIEF_FOR_FREEZE, LIAISON_FOR_DECLARATION, AID_FOR_ACCESS),
            BASE.phases().get(1));

    StepDiff added = ProposalDiff.between(BASE, after).phases().get(0).steps().get(2);

    assertEquals(StepChange.ADDED, added.change());
    assertTrue(added.allFields().stream().noneMatch(FieldChange::changed));
    assertEquals(
        List.of(new Segment(SegmentKind.SAME, "Deliver humanitarian aid")),
        added.allFields().get(1).segments());
  }

  @Test
  void stepFieldsKnowTheirSide() {
    assertTrue(StepField.OUR_REVERSIBILITY.ours());
    assertFalse(StepField.THEIR_REVERSIBILITY.ours());
  }

  @Test
  void stepFieldsKnowTheirValueTypes() {
    assertEquals(OurCategory.class, StepField.OUR_CATEGORY.valueType());
    assertEquals(TheirCategory.class, StepField.THEIR_CATEGORY.valueType());
    assertEquals(Verification.class, StepField.THEIR_VERIFICATION.valueType());
    assertTrue(StepField.THEIR_DESCRIPTION.text());
    assertFalse(StepField.OUR_REVERSIBILITY.text());
  }
}
