package org.parley.proposal.domain;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.proposal.domain.WorkflowAction.APPROVE;
import static org.parley.proposal.domain.WorkflowAction.REJECT;
import static org.parley.proposal.domain.WorkflowAction.RETURN;
import static org.parley.proposal.domain.WorkflowAction.REVISE;
import static org.parley.proposal.domain.WorkflowAction.SUBMIT;
import static org.parley.proposal.domain.WorkflowAction.WITHDRAW;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.shared.Classification;

/**
 * Who may take which action on a SECRET proposal of the DPRK track: every action × every kind of
 * actor × a clearance above, at and below the proposal's classification, in every status.
 */
class ProposalPermissionsTest {

  /** The decider who revised the proposal before it went to clearance. */
  private static final String DECIDER_WHO_DRAFTED = "deputy";

  private static final String DECIDER_WHO_DID_NOT = "principal";

  /** The kinds of actor, and what each may do wherever the status allows it. */
  enum Who {
    TRACK_STAFF(ProposalFixtures::trackStaff, EnumSet.of(REVISE), true),
    TRACK_ENVOY(ProposalFixtures::trackEnvoy, EnumSet.of(REVISE, SUBMIT, WITHDRAW), true),
    OTHER_ENVOY(ProposalFixtures::otherEnvoy, EnumSet.noneOf(WorkflowAction.class), false),
    DECIDER_WHO_DRAFTED(
        c -> ProposalFixtures.decider(ProposalPermissionsTest.DECIDER_WHO_DRAFTED, c),
        EnumSet.noneOf(WorkflowAction.class),
        false),
    DECIDER_WHO_DID_NOT(
        c -> ProposalFixtures.decider(ProposalPermissionsTest.DECIDER_WHO_DID_NOT, c),
        EnumSet.of(APPROVE, RETURN, REJECT),
        false),
    REVIEWER(ProposalFixtures::reviewer, EnumSet.noneOf(WorkflowAction.class), false);

    final Function<Classification, Actor> actor;
    final Set<WorkflowAction> mayTake;
    final boolean draftsOnTrack;

    Who(Function<Classification, Actor> actor, Set<WorkflowAction> mayTake, boolean draftsOnTrack) {
      this.actor = actor;
      this.mayTake = mayTake;
      this.draftsOnTrack = draftsOnTrack;
    }
  }

  /** The actor's clearance compared with the proposal's classification (SECRET). */
  enum Clearance {
    ABOVE(Classification.TOP_SECRET, true),
    AT(Classification.SECRET, true),
    BELOW(Classification.CONFIDENTIAL, false);

    final Classification level;
    final boolean seesIt;

    Clearance(Classification level, boolean seesIt) {
      this.level = level;
      this.seesIt = seesIt;
    }
  }

  static Stream<Arguments> everyActionActorAndClearance() {
    return Stream.of(WorkflowAction.values())
        .flatMap(
            action ->
                Stream.of(Who.values())
                    .flatMap(
                        who ->
                            Stream.of(Clearance.values())
                                .map(clearance -> Arguments.of(action, who, clearance))));
  }

  @ParameterizedTest(name = "{0} by {1}, clearance {2}")
  @MethodSource("everyActionActorAndClearance")
  void anActionIsAllowedOnlyToTheRightActorWithClearanceInAStatusThatAllowsIt(
      WorkflowAction action, Who who, Clearance clearance) {
    Actor actor = who.actor.apply(clearance.level);
    NegotiationTrack track = ProposalFixtures.dprkTrack();

    assertAll(
        Stream.of(ProposalStatus.values())
            .map(
                status ->
                    (Executable)
                        () -> {
                          Proposal proposal = proposalIn(status);
                          boolean expected =
                              clearance.seesIt
                                  && who.mayTake.contains(action)
                                  && action.allowedFrom().contains(status);
                          assertEquals(
                              expected,
                              ProposalPermissions.mayTake(actor, action, proposal, track),
                              () -> "in " + status);
                          assertEquals(
                              expected,
                              ProposalPermissions.allowedActions(actor, proposal, track)
                                  .contains(action),
                              () -> "allowedActions in " + status);
                        }));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Who.class)
  void anActorSeesAProposalExactlyWhenTheirClearanceDominatesItsClassification(Who who) {
    for (Clearance clearance : Clearance.values()) {
      Actor actor = who.actor.apply(clearance.level);

      assertEquals(
          clearance.seesIt,
          ProposalPermissions.maySee(actor, proposalIn(ProposalStatus.DRAFT)),
          clearance::name);
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Who.class)
  void onlyTheTracksStaffAndEnvoyDraftOnIt(Who who) {
    for (Clearance clearance : Clearance.values()) {
      Actor actor = who.actor.apply(clearance.level);

      assertEquals(
          who.draftsOnTrack,
          ProposalPermissions.mayDraftOn(actor, ProposalFixtures.dprkTrack()),
          clearance::name);
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Clearance.class,
      names = {"ABOVE", "AT"})
  void aTrackMemberWithoutADraftingRoleDoesNotDraft(Clearance clearance) {
    Actor memberWithoutRole = new Actor("drafter", false, false, false, clearance.level);

    assertEquals(
        false, ProposalPermissions.mayDraftOn(memberWithoutRole, ProposalFixtures.dprkTrack()));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Clearance.class,
      names = {"ABOVE", "AT"})
  void theTracksEnvoyWhoDraftedItStillSubmitsItButADeciderWhoDraftedItNeverDecidesIt(
      Clearance clearance) {
    Proposal draft = ProposalFixtures.inStatus(ProposalStatus.DRAFT, ProposalFixtures.ENVOY);
    Proposal awaiting =
        ProposalFixtures.inStatus(ProposalStatus.AWAITING_DECISION, DECIDER_WHO_DID_NOT);
    NegotiationTrack track = ProposalFixtures.dprkTrack();

    assertEquals(
        EnumSet.of(REVISE, SUBMIT, WITHDRAW),
        ProposalPermissions.allowedActions(
            ProposalFixtures.trackEnvoy(clearance.level), draft, track));
    assertEquals(
        EnumSet.noneOf(WorkflowAction.class),
        ProposalPermissions.allowedActions(
            ProposalFixtures.decider(DECIDER_WHO_DID_NOT, clearance.level), awaiting, track));
  }

  /** A SECRET proposal in {@code status}, revised by the decider who drafted before moving on. */
  private static Proposal proposalIn(ProposalStatus status) {
    return ProposalFixtures.inStatus(status, DECIDER_WHO_DRAFTED);
  }
}
