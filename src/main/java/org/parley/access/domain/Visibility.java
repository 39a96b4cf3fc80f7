package org.parley.access.domain;

import org.parley.shared.Agency;
import org.parley.shared.Classification;

/**
 * {@link Permission#VIEW} as a query applies it: a proposal is visible when it is classified at or
 * below {@code clearance} and at least one of the other criteria holds.
 *
 * @param everything every proposal within clearance (auditors)
 * @param trackMember the user whose tracks' proposals are visible, {@code null} if none
 * @param routedAgency the agency whose routed proposals are visible, {@code null} if none
 * @param reachedDeciders proposals that went to deputies and principals are visible
 */
public record Visibility(
    Classification clearance,
    boolean everything,
    String trackMember,
    Agency routedAgency,
    boolean reachedDeciders) {

  /** The same rule with another clearance: what a classification banner's count needs. */
  public Visibility withClearance(Classification other) {
    return new Visibility(other, everything, trackMember, routedAgency, reachedDeciders);
  }

  /** Whether no proposal at all can be visible (a query can skip the database). */
  public boolean nothing() {
    return !everything && trackMember == null && routedAgency == null && !reachedDeciders;
  }

  /** The same rule in memory, for one proposal: what the query's predicate must agree with. */
  public boolean includes(ProposalFacts facts) {
    if (!clearance.dominates(facts.classification())) {
      return false;
    }
    return everything
        || trackMember != null && facts.isTrackMember(trackMember)
        || routedAgency != null && facts.routedAgencies().contains(routedAgency)
        || reachedDeciders && facts.reachedDeciders();
  }
}
