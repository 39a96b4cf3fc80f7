package org.parley.clearance.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.shared.Agency;

/** Routing rules, ledgers and clearance rounds for the clearance domain's unit tests. */
final class ClearanceFixtures {

  static final Instant OPENED = Instant.parse("2026-11-02T09:00:00Z");
  static final Instant DUE = Instant.parse("2026-11-09T09:00:00Z");
  static final Instant LATER = Instant.parse("2026-11-04T15:30:00Z");

  /** The agencies the Yongbyon package is routed to. */
  static final List<Agency> YONGBYON_AGENCIES =
      List.of(Agency.STATE, Agency.TREASURY, Agency.ENERGY, Agency.IC);

  private ClearanceFixtures() {}

  /** The default rules, as V0009 seeds them (RoutingPolicyTest checks that they agree). */
  static List<RoutingRule> defaultRules() {
    return List.of(
        new RoutingRule(RoutingCriterion.OUR_CATEGORY, "SANCTIONS_RELIEF", Agency.TREASURY),
        new RoutingRule(RoutingCriterion.OUR_CATEGORY, "ECONOMIC_COOPERATION", Agency.TREASURY),
        new RoutingRule(RoutingCriterion.OUR_CATEGORY, "SECURITY_ASSURANCE", Agency.DEFENSE),
        new RoutingRule(RoutingCriterion.OUR_CATEGORY, "EXERCISE_ADJUSTMENT", Agency.DEFENSE),
        new RoutingRule(RoutingCriterion.THEIR_CATEGORY, "MISSILE_LIMIT", Agency.DEFENSE),
        new RoutingRule(RoutingCriterion.THEIR_CATEGORY, "FREEZE", Agency.ENERGY),
        new RoutingRule(RoutingCriterion.THEIR_CATEGORY, "DISMANTLEMENT", Agency.ENERGY),
        new RoutingRule(RoutingCriterion.THEIR_CATEGORY, "INSPECTOR_ACCESS", Agency.ENERGY),
        new RoutingRule(RoutingCriterion.THEIR_CATEGORY, "DECLARATION", Agency.ENERGY),
        new RoutingRule(RoutingCriterion.THEIR_CATEGORY, "TEST_MORATORIUM", Agency.ENERGY),
        new RoutingRule(RoutingCriterion.VERIFICATION, "NATIONAL_TECHNICAL_MEANS", Agency.IC),
        new RoutingRule(RoutingCriterion.VERIFICATION, "IAEA_INSPECTION", Agency.IC));
  }

  /**
   * A ledger that no default rule matches: a liaison office and humanitarian aid for the
   * repatriation of remains, self-declared.
   */
  static RoutingFacts neutralLedger() {
    return new RoutingFacts(
        Set.of("LIAISON_OFFICE", "HUMANITARIAN_AID"),
        Set.of("REPATRIATION"),
        Set.of("SELF_DECLARATION"));
  }

  /** {@link #neutralLedger()} with one more value where {@code criterion} looks. */
  static RoutingFacts neutralLedgerWith(RoutingCriterion criterion, String value) {
    RoutingFacts neutral = neutralLedger();
    return switch (criterion) {
      case OUR_CATEGORY ->
          new RoutingFacts(
              plus(neutral.ourCategories(), value),
              neutral.theirCategories(),
              neutral.verifications());
      case THEIR_CATEGORY ->
          new RoutingFacts(
              neutral.ourCategories(),
              plus(neutral.theirCategories(), value),
              neutral.verifications());
      case VERIFICATION ->
          new RoutingFacts(
              neutral.ourCategories(),
              neutral.theirCategories(),
              plus(neutral.verifications(), value));
    };
  }

  /** Sanctions relief for a Yongbyon freeze under IAEA inspection. */
  static RoutingFacts yongbyonLedger() {
    return new RoutingFacts(
        Set.of("SANCTIONS_RELIEF"), Set.of("FREEZE"), Set.of("IAEA_INSPECTION"));
  }

  /** An open round on version 1 of proposal 7 with one slot for each of {@code agencies}. */
  static ClearanceRound openRound(List<Agency> agencies) {
    return ClearanceRound.open(7L, 1, agencies, OPENED, DUE);
  }

  static ClearanceRound yongbyonRound() {
    return openRound(YONGBYON_AGENCIES);
  }

  static List<CommentDraft> oneComment() {
    return List.of(
        new CommentDraft(
            CommentType.MAJOR, "Name the snapback trigger for the petroleum cap in phase 1."));
  }

  static List<CommentDraft> commentsFor(Position position) {
    return position.needsComment() ? oneComment() : List.of();
  }

  /** Records {@code position} for {@code agency}, with a comment where the position needs one. */
  static Optional<RoundOutcome> answer(ClearanceRound round, Agency agency, Position position) {
    return round.recordPosition(
        agency, position, commentsFor(position), reviewerOf(agency), agency.name(), LATER);
  }

  static String reviewerOf(Agency agency) {
    return agency.name().toLowerCase(Locale.ROOT);
  }

  private static Set<String> plus(Set<String> values, String value) {
    Set<String> more = new HashSet<>(values);
    more.add(value);
    return more;
  }
}
