package org.parley.proposal.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.parley.shared.Classification;
import org.parley.shared.ProposalStatus;
import org.parley.shared.Reversibility;
import org.parley.shared.Verification;

/**
 * Proposals, tracks and actors for the drafting domain's unit tests, written from the demo scenario
 * (a Yongbyon freeze for partial sanctions relief). Every proposal is brought into its status
 * through the aggregate's verbs only.
 */
final class ProposalFixtures {

  static final Instant MONDAY = Instant.parse("2026-11-02T09:00:00Z");
  static final Instant TUESDAY = Instant.parse("2026-11-03T09:00:00Z");
  static final Instant WEDNESDAY = Instant.parse("2026-11-04T09:00:00Z");

  static final String STAFF = "drafter";
  static final String ENVOY = "envoy";

  static final Classification MARKING = Classification.SECRET;

  private ProposalFixtures() {}

  /** The working-level DPRK track: envoy {@code envoy}, staff {@code drafter}. */
  static NegotiationTrack dprkTrack() {
    return new NegotiationTrack(
        1L,
        "DPRK denuclearization — working level",
        "DPRK",
        TrackLevel.WORKING,
        "DPRK",
        ENVOY,
        Set.of(STAFF),
        5);
  }

  static ReciprocalStep reliefForFreeze() {
    return new ReciprocalStep(
        new OurAction(
            OurCategory.SANCTIONS_RELIEF,
            "Suspend the UN cap on refined petroleum imports for twelve months.",
            Reversibility.EASILY_REVERSIBLE),
        new TheirAction(
            TheirCategory.FREEZE,
            "Freeze all activity at the Yongbyon 5 MWe reactor and reprocessing plant.",
            Reversibility.REVERSIBLE_AT_COST,
            Verification.IAEA_INSPECTION));
  }

  static ReciprocalStep liaisonForRemains() {
    return new ReciprocalStep(
        new OurAction(
            OurCategory.LIAISON_OFFICE,
            "Open liaison offices in Pyongyang and Washington.",
            Reversibility.REVERSIBLE_AT_COST),
        new TheirAction(
            TheirCategory.REPATRIATION,
            "Resume joint recovery of Korean War remains.",
            Reversibility.IRREVERSIBLE,
            Verification.SELF_DECLARATION));
  }

  static ReciprocalStep ourSideOnly() {
    return new ReciprocalStep(
        new OurAction(
            OurCategory.HUMANITARIAN_AID,
            "Licence food and medical shipments.",
            Reversibility.EASILY_REVERSIBLE),
        null);
  }

  static ReciprocalStep theirSideOnly() {
    return new ReciprocalStep(
        null,
        new TheirAction(
            TheirCategory.TEST_MORATORIUM,
            "Extend the moratorium on long-range missile tests.",
            Reversibility.EASILY_REVERSIBLE,
            Verification.NATIONAL_TECHNICAL_MEANS));
  }

  /** A complete two-phase proposal, ready for clearance. */
  static ProposalContent twoPhases() {
    return content(
        "Yongbyon freeze for partial sanctions relief",
        new PhaseContent("Freeze for relief", List.of(reliefForFreeze())),
        new PhaseContent("Liaison for remains", List.of(liaisonForRemains())));
  }

  /** {@link #twoPhases()} as the drafters rewrote it after the first round. */
  static ProposalContent twoPhasesRevised() {
    return content(
        "Yongbyon freeze, verified, for partial sanctions relief",
        new PhaseContent("Verified freeze for relief", List.of(reliefForFreeze())),
        new PhaseContent("Liaison for remains", List.of(liaisonForRemains())));
  }

  static ProposalContent content(String title, PhaseContent... phases) {
    return new ProposalContent(
        title,
        "Action for action: relief that we can snap back, for a freeze the IAEA can verify.",
        MARKING,
        List.of(phases));
  }

  /** A new draft of {@link #twoPhases()} created by the track's staff member. */
  static Proposal draft() {
    return draft(twoPhases());
  }

  static Proposal draft(ProposalContent content) {
    return Proposal.draft("DPRK-2026-0001", 1L, content, STAFF, MONDAY);
  }

  /**
   * A proposal of {@link #twoPhases()} in {@code status}, reached through the verbs: created by the
   * staff member, revised by each of {@code revisers}, then moved on.
   */
  static Proposal inStatus(ProposalStatus status, String... revisers) {
    Proposal proposal = draft();
    for (String reviser : revisers) {
      proposal.revise(twoPhases(), reviser, MONDAY);
    }
    switch (status) {
      case DRAFT -> {}
      case IN_CLEARANCE -> proposal.submitForClearance(ENVOY, TUESDAY);
      case AWAITING_DECISION -> {
        proposal.submitForClearance(ENVOY, TUESDAY);
        proposal.concludeClearanceCleared();
      }
      case APPROVED -> {
        proposal.submitForClearance(ENVOY, TUESDAY);
        proposal.concludeClearanceCleared();
        proposal.approve();
      }
      case REJECTED -> {
        proposal.submitForClearance(ENVOY, TUESDAY);
        proposal.concludeClearanceCleared();
        proposal.reject();
      }
      case WITHDRAWN -> proposal.withdraw();
    }
    return proposal;
  }
}
