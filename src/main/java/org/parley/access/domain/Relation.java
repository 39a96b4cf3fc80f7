package org.parley.access.domain;

/** How a user must stand to a proposal for a role of theirs to count. */
public enum Relation {
  /** No relation needed beyond the role: auditors, and portal-wide permissions. */
  ANY,
  /** Staff or envoy of the proposal's negotiation track. */
  TRACK_MEMBER,
  /** The envoy of the proposal's negotiation track. */
  TRACK_ENVOY,
  /** Of an agency that holds or held a clearance slot on the proposal. */
  AGENCY_ROUTED,
  /** A decider, once the proposal went to deputies and principals. */
  REACHED_DECIDERS;

  boolean holds(Subject subject, ProposalFacts facts) {
    return switch (this) {
      case ANY -> true;
      case TRACK_MEMBER -> facts.isTrackMember(subject.username());
      case TRACK_ENVOY -> facts.trackEnvoy().equals(subject.username());
      case AGENCY_ROUTED ->
          subject.agency() != null && facts.routedAgencies().contains(subject.agency());
      case REACHED_DECIDERS -> facts.reachedDeciders();
    };
  }
}
