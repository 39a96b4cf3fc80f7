package org.parley.proposal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.proposal.domain.ProposalFixtures.ENVOY;
import static org.parley.proposal.domain.ProposalFixtures.STAFF;
import static org.parley.proposal.domain.ProposalFixtures.WEDNESDAY;
import static org.parley.shared.ProposalStatus.APPROVED;
import static org.parley.shared.ProposalStatus.AWAITING_DECISION;
import static org.parley.shared.ProposalStatus.DRAFT;
import static org.parley.shared.ProposalStatus.IN_CLEARANCE;
import static org.parley.shared.ProposalStatus.REJECTED;
import static org.parley.shared.ProposalStatus.WITHDRAWN;
import static org.parley.shared.WorkflowAction.APPROVE;
import static org.parley.shared.WorkflowAction.CONCLUDE_CHANGES_REQUESTED;
import static org.parley.shared.WorkflowAction.CONCLUDE_CLEARED;
import static org.parley.shared.WorkflowAction.REJECT;
import static org.parley.shared.WorkflowAction.RETURN;
import static org.parley.shared.WorkflowAction.REVISE;
import static org.parley.shared.WorkflowAction.SUBMIT;
import static org.parley.shared.WorkflowAction.WITHDRAW;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.shared.ProposalStatus;
import org.parley.shared.WorkflowAction;

/**
 * The workflow's table of allowed moves, every (status × action) pair, exercised through {@link
 * Proposal}'s verbs. The expected table is written out here independently of {@link
 * WorkflowAction}, from the state diagram in DESIGN.md.
 */
class WorkflowActionTest {

  /** Status → (action → target). Every pair missing from this table is refused. */
  private static final Map<ProposalStatus, Map<WorkflowAction, ProposalStatus>> MOVES =
      new EnumMap<>(
          Map.of(
              DRAFT, Map.of(REVISE, DRAFT, SUBMIT, IN_CLEARANCE, WITHDRAW, WITHDRAWN),
              IN_CLEARANCE,
                  Map.of(
                      CONCLUDE_CLEARED,
                      AWAITING_DECISION,
                      CONCLUDE_CHANGES_REQUESTED,
                      DRAFT,
                      WITHDRAW,
                      WITHDRAWN),
              AWAITING_DECISION, Map.of(APPROVE, APPROVED, RETURN, DRAFT, REJECT, REJECTED),
              APPROVED, Map.of(),
              REJECTED, Map.of(),
              WITHDRAWN, Map.of()));

  static Stream<Arguments> everyStatusAndAction() {
    return Stream.of(ProposalStatus.values())
        .flatMap(
            status ->
                Stream.of(WorkflowAction.values()).map(action -> Arguments.of(status, action)));
  }

  static Stream<Arguments> allowedMoves() {
    return everyStatusAndAction().filter(args -> target(args).isPresent());
  }

  static Stream<Arguments> refusedMoves() {
    return everyStatusAndAction().filter(args -> target(args).isEmpty());
  }

  private static Optional<ProposalStatus> target(Arguments args) {
    return Optional.ofNullable(MOVES.get((ProposalStatus) args.get()[0]).get(args.get()[1]));
  }

  @ParameterizedTest(name = "{0} --{1}--> allowed")
  @MethodSource("allowedMoves")
  void anAllowedMoveLandsInItsTargetStatus(ProposalStatus from, WorkflowAction action) {
    Proposal proposal = ProposalFixtures.inStatus(from);

    take(proposal, action);

    assertEquals(MOVES.get(from).get(action), proposal.getStatus());
  }

  @ParameterizedTest(name = "{0} --{1}--> refused")
  @MethodSource("refusedMoves")
  void aRefusedMoveThrowsAndLeavesTheProposalAsItWas(ProposalStatus from, WorkflowAction action) {
    Proposal proposal = ProposalFixtures.inStatus(from);
    ProposalContent contentBefore = proposal.content();
    int versionBefore = proposal.getVersionNumber();
    Set<String> draftersBefore = proposal.getDrafters();

    WorkflowViolation violation =
        assertThrows(WorkflowViolation.class, () -> take(proposal, action));

    assertEquals(from, proposal.getStatus());
    assertEquals(contentBefore, proposal.content());
    assertEquals(versionBefore, proposal.getVersionNumber());
    assertEquals(draftersBefore, proposal.getDrafters());
    assertTrue(
        violation.getMessage().contains(from.name()),
        () -> "the message names the status: " + violation.getMessage());
  }

  @ParameterizedTest(name = "{0} --{1}")
  @MethodSource("everyStatusAndAction")
  void theStatusAnswersWhetherItAllowsTheAction(ProposalStatus status, WorkflowAction action) {
    assertEquals(MOVES.get(status).containsKey(action), status.allows(action));
    assertEquals(
        MOVES.get(status).containsKey(action), ProposalFixtures.inStatus(status).allows(action));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(WorkflowAction.class)
  void everyActionLeadsToTheSameTargetFromEveryStatusItIsAllowedFrom(WorkflowAction action) {
    MOVES.forEach(
        (status, moves) -> {
          if (moves.containsKey(action)) {
            assertEquals(moves.get(action), action.target(), () -> status + " --" + action);
          }
        });
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = WorkflowAction.class,
      names = {"REVISE", "CONCLUDE_CLEARED", "CONCLUDE_CHANGES_REQUESTED", "WITHDRAW"})
  void theVerbReportsWhatItDidAndTheStatusBeforeAndAfter(WorkflowAction action) {
    ProposalStatus from = action.allowedFrom().iterator().next();
    Proposal proposal = ProposalFixtures.inStatus(from);

    StatusChange change = verbs(proposal).get(action).get();

    assertEquals(new StatusChange(action, from, action.target()), change);
  }

  @Test
  void decisionVerbsReportWhatTheyDid() {
    for (WorkflowAction action : new WorkflowAction[] {APPROVE, RETURN, REJECT}) {
      Proposal proposal = ProposalFixtures.inStatus(AWAITING_DECISION);

      StatusChange change = verbs(proposal).get(action).get();

      assertEquals(
          new StatusChange(action, AWAITING_DECISION, MOVES.get(AWAITING_DECISION).get(action)),
          change);
    }
  }

  @Test
  void aDraftThatCameBackFromClearanceOrFromTheDecidersMovesLikeANewDraft() {
    for (WorkflowAction action : WorkflowAction.values()) {
      Proposal changesRequested = ProposalFixtures.inStatus(IN_CLEARANCE);
      changesRequested.concludeClearanceWithChangesRequested();
      Proposal returned = ProposalFixtures.inStatus(AWAITING_DECISION);
      returned.returnToDraft();

      assertEquals(DRAFT.allows(action), changesRequested.allows(action), action::name);
      assertEquals(DRAFT.allows(action), returned.allows(action), action::name);
    }
  }

  @Test
  void aProposalThatCameBackCanBeResubmittedAsItsNextVersion() {
    Proposal proposal = ProposalFixtures.inStatus(AWAITING_DECISION);
    proposal.returnToDraft();

    proposal.revise(ProposalFixtures.twoPhasesRevised(), STAFF, WEDNESDAY);
    ProposalVersion second = proposal.submitForClearance(ENVOY, WEDNESDAY);

    assertEquals(IN_CLEARANCE, proposal.getStatus());
    assertEquals(2, second.getNumber());
  }

  private static void take(Proposal proposal, WorkflowAction action) {
    verbs(proposal).get(action).get();
  }

  /** Each action as the verb that takes it; SUBMIT's version is not a status change. */
  private static Map<WorkflowAction, Supplier<StatusChange>> verbs(Proposal proposal) {
    Map<WorkflowAction, Supplier<StatusChange>> verbs = new EnumMap<>(WorkflowAction.class);
    verbs.put(REVISE, () -> proposal.revise(ProposalFixtures.twoPhasesRevised(), ENVOY, WEDNESDAY));
    verbs.put(
        SUBMIT,
        () -> {
          proposal.submitForClearance(ENVOY, WEDNESDAY);
          return null;
        });
    verbs.put(CONCLUDE_CLEARED, proposal::concludeClearanceCleared);
    verbs.put(CONCLUDE_CHANGES_REQUESTED, proposal::concludeClearanceWithChangesRequested);
    verbs.put(APPROVE, proposal::approve);
    verbs.put(RETURN, proposal::returnToDraft);
    verbs.put(REJECT, proposal::reject);
    verbs.put(WITHDRAW, proposal::withdraw);
    return verbs;
  }
}
