package org.parley.proposal.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may take which workflow action on a proposal, besides what its status allows: drafting and
 * editing by the track's staff and envoy, submitting and withdrawing by the track's envoy, deciding
 * by deputies and principals who did not draft it. Pure, so that every combination is unit-tested;
 * the proposal and decision services ask it on every call.
 */
public final class ProposalPermissions {

  private ProposalPermissions() {}

  public static boolean maySee(Actor actor, Proposal proposal) {
    return actor.clearance().dominates(proposal.getClassification());
  }

  public static boolean mayDraftOn(Actor actor, NegotiationTrack track) {
    return actor.drafterRole() && track.isMember(actor.username());
  }

  public static boolean mayTake(
      Actor actor, WorkflowAction action, Proposal proposal, NegotiationTrack track) {
    if (!maySee(actor, proposal) || !proposal.allows(action)) {
      return false;
    }
    return switch (action) {
      case REVISE -> mayDraftOn(actor, track);
      case SUBMIT, WITHDRAW -> actor.envoyRole() && track.isEnvoy(actor.username());
      case APPROVE, RETURN, REJECT ->
          actor.deciderRole() && !proposal.isDraftedBy(actor.username());
      case CONCLUDE_CLEARED, CONCLUDE_CHANGES_REQUESTED -> false;
    };
  }

  /** The actions {@code actor} may take on {@code proposal} now. */
  public static Set<WorkflowAction> allowedActions(
      Actor actor, Proposal proposal, NegotiationTrack track) {
    Set<WorkflowAction> allowed = EnumSet.noneOf(WorkflowAction.class);
    for (WorkflowAction action : WorkflowAction.values()) {
      if (mayTake(actor, action, proposal, track)) {
        allowed.add(action);
      }
    }
    return allowed;
  }
}
