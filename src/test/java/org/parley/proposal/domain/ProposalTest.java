package org.parley.proposal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.proposal.domain.ProposalFixtures.ENVOY;
import static org.parley.proposal.domain.ProposalFixtures.MONDAY;
import static org.parley.proposal.domain.ProposalFixtures.STAFF;
import static org.parley.proposal.domain.ProposalFixtures.TUESDAY;
import static org.parley.proposal.domain.ProposalFixtures.WEDNESDAY;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.shared.ProposalStatus;

/** Submission, versions and drafters of the {@link Proposal} aggregate. */
class ProposalTest {

  @Test
  void aNewProposalIsADraftWithoutVersionsDraftedByItsCreator() {
    Proposal proposal = ProposalFixtures.draft();

    assertEquals(ProposalStatus.DRAFT, proposal.getStatus());
    assertEquals(0, proposal.getVersionNumber());
    assertEquals(Set.of(STAFF), proposal.getDrafters());
    assertTrue(proposal.isDraftedBy(STAFF));
    assertFalse(proposal.isDraftedBy(ENVOY));
    assertEquals(ProposalFixtures.twoPhases(), proposal.content());
    assertEquals(MONDAY, proposal.getCreatedAt());
  }

  @Test
  void submissionIsRefusedWithoutAPhase() {
    Proposal proposal = ProposalFixtures.draft(ProposalFixtures.content("No ledger yet"));

    WorkflowViolation refused = refusedSubmission(proposal);

    assertTrue(refused.getMessage().contains("at least one phase"), refused::getMessage);
  }

  @Test
  void submissionIsRefusedWithAnEmptyPhaseAndTheMessageNamesThePhase() {
    Proposal proposal =
        ProposalFixtures.draft(
            ProposalFixtures.content(
                "Second phase still empty",
                new PhaseContent("Freeze for relief", List.of(ProposalFixtures.reliefForFreeze())),
                new PhaseContent("Exercises for a moratorium", List.of())));

    WorkflowViolation refused = refusedSubmission(proposal);

    assertTrue(
        refused.getMessage().contains("Phase 2 has no reciprocal step"), refused::getMessage);
  }

  @Test
  void submissionIsRefusedWithAStepMissingOurActionAndTheMessageNamesTheStep() {
    Proposal proposal =
        ProposalFixtures.draft(
            ProposalFixtures.content(
                "Our side missing",
                new PhaseContent(
                    "Moratorium",
                    List.of(
                        ProposalFixtures.liaisonForRemains(), ProposalFixtures.theirSideOnly()))));

    WorkflowViolation refused = refusedSubmission(proposal);

    assertTrue(
        refused.getMessage().contains("Phase 1, step 2 has no action of ours"),
        refused::getMessage);
  }

  @Test
  void submissionIsRefusedWithAStepMissingTheirActionAndTheMessageNamesTheStep() {
    Proposal proposal =
        ProposalFixtures.draft(
            ProposalFixtures.content(
                "Their side missing",
                new PhaseContent("Freeze for relief", List.of(ProposalFixtures.reliefForFreeze())),
                new PhaseContent("Aid", List.of(ProposalFixtures.ourSideOnly()))));

    WorkflowViolation refused = refusedSubmission(proposal);

    assertTrue(
        refused.getMessage().contains("Phase 2, step 1 has no action of theirs"),
        refused::getMessage);
  }

  @Test
  void anIncompleteDraftCanBeCompletedAndThenSubmitted() {
    Proposal proposal = ProposalFixtures.draft(ProposalFixtures.content("No ledger yet"));
    refusedSubmission(proposal);

    proposal.revise(ProposalFixtures.twoPhases(), STAFF, TUESDAY);
    ProposalVersion first = proposal.submitForClearance(ENVOY, TUESDAY);

    assertEquals(1, first.getNumber());
    assertEquals(ProposalStatus.IN_CLEARANCE, proposal.getStatus());
  }

  @Test
  void submittingFreezesTheContentAsVersionOne() {
    Proposal proposal = ProposalFixtures.draft();

    ProposalVersion version = proposal.submitForClearance(ENVOY, TUESDAY);

    assertEquals(1, version.getNumber());
    assertEquals(1, proposal.getVersionNumber());
    assertEquals(proposal.content(), version.content());
    assertEquals(ProposalFixtures.twoPhases(), version.content());
    assertEquals(ProposalFixtures.MARKING, version.getClassification());
    assertEquals(ENVOY, version.getSubmittedBy());
    assertEquals(TUESDAY, version.getSubmittedAt());
    assertEquals(TUESDAY, proposal.getUpdatedAt());
  }

  @Test
  void eachSubmissionIsTheNextVersionAndEarlierVersionsKeepTheirContent() {
    Proposal proposal = ProposalFixtures.draft();
    ProposalVersion first = proposal.submitForClearance(ENVOY, TUESDAY);
    proposal.concludeClearanceWithChangesRequested();
    proposal.revise(ProposalFixtures.twoPhasesRevised(), STAFF, WEDNESDAY);

    ProposalVersion second = proposal.submitForClearance(ENVOY, WEDNESDAY);
    proposal.concludeClearanceCleared();
    proposal.returnToDraft();
    ProposalVersion third = proposal.submitForClearance(ENVOY, WEDNESDAY);

    assertEquals(
        List.of(1, 2, 3), List.of(first.getNumber(), second.getNumber(), third.getNumber()));
    assertEquals(3, proposal.getVersionNumber());
    assertEquals(ProposalFixtures.twoPhases(), first.content());
    assertEquals(ProposalFixtures.twoPhasesRevised(), second.content());
    assertEquals(proposal.content(), third.content());
  }

  @Test
  void aVersionRebuildsPhasesThatHoldSeveralSteps() {
    ProposalContent content =
        ProposalFixtures.content(
            "Three steps in two phases",
            new PhaseContent(
                "Freeze and remains",
                List.of(ProposalFixtures.reliefForFreeze(), ProposalFixtures.liaisonForRemains())),
            new PhaseContent("Freeze again", List.of(ProposalFixtures.reliefForFreeze())));
    Proposal proposal = ProposalFixtures.draft(content);

    ProposalVersion version = proposal.submitForClearance(ENVOY, TUESDAY);

    assertEquals(content, version.content());
  }

  @Test
  void revisingReplacesTheContentAndAddsTheReviserToTheDrafters() {
    Proposal proposal = ProposalFixtures.draft();

    proposal.revise(ProposalFixtures.twoPhasesRevised(), ENVOY, TUESDAY);

    assertEquals(ProposalFixtures.twoPhasesRevised(), proposal.content());
    assertEquals(Set.of(STAFF, ENVOY), proposal.getDrafters());
    assertTrue(proposal.isDraftedBy(ENVOY));
    assertEquals(TUESDAY, proposal.getUpdatedAt());
    assertEquals(MONDAY, proposal.getCreatedAt());
  }

  @Test
  void aDrafterWhoRevisesAgainIsListedOnce() {
    Proposal proposal = ProposalFixtures.draft();

    proposal.revise(ProposalFixtures.twoPhasesRevised(), STAFF, TUESDAY);

    assertEquals(Set.of(STAFF), proposal.getDrafters());
  }

  @Test
  void submittingDoesNotMakeTheEnvoyADrafter() {
    Proposal proposal = ProposalFixtures.draft();

    proposal.submitForClearance(ENVOY, TUESDAY);

    assertFalse(proposal.isDraftedBy(ENVOY));
  }

  @Test
  void theDraftersCannotBeChangedThroughTheGetter() {
    Proposal proposal = ProposalFixtures.draft();

    assertThrows(UnsupportedOperationException.class, () -> proposal.getDrafters().add("mallory"));
  }

  private static WorkflowViolation refusedSubmission(Proposal proposal) {
    ProposalContent before = proposal.content();
    WorkflowViolation refused =
        assertThrows(WorkflowViolation.class, () -> proposal.submitForClearance(ENVOY, TUESDAY));
    assertEquals(ProposalStatus.DRAFT, proposal.getStatus());
    assertEquals(0, proposal.getVersionNumber());
    assertEquals(before, proposal.content());
    assertTrue(refused.getMessage().startsWith("Cannot submit yet."), refused::getMessage);
    return refused;
  }
}
