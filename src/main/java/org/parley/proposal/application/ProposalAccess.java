package org.parley.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.parley.access.application.AccessPolicy;
import org.parley.access.domain.Permission;
import org.parley.access.domain.ProposalFacts;
import org.parley.audit.application.AuditTrail;
import org.parley.audit.domain.AuditAction;
import org.parley.proposal.domain.NegotiationTrack;
import org.parley.proposal.domain.Proposal;
import org.parley.proposal.domain.ProposalRepository;
import org.parley.proposal.domain.StatusChange;
import org.parley.proposal.domain.TrackRepository;
import org.parley.shared.WorkflowAction;

/**
 * How the proposal services load a proposal under the policy table, describe it to the policy, hand
 * it out as a view, and write its workflow events: the one place the three services share, so that
 * each asks the policy the same way (docs/adr/0008).
 */
@ApplicationScoped
class ProposalAccess {

  @Inject private ProposalRepository proposals;
  @Inject private TrackRepository tracks;
  @Inject private AccessPolicy policy;
  @Inject private AuditTrail audit;

  /** The proposal, refused unless the policy grants the caller {@code permission} on it. */
  Proposal findFor(long id, Permission permission) {
    Proposal proposal = proposals.find(id).orElse(null);
    policy.require(permission, id, proposal == null ? null : facts(proposal, track(proposal)));
    return proposal;
  }

  /** As {@link #findFor}, with the row locked for a workflow command (docs/adr/0006). */
  Proposal lockFor(long id, Permission permission) {
    Proposal proposal = proposals.findForUpdate(id).orElse(null);
    policy.require(permission, id, proposal == null ? null : facts(proposal, track(proposal)));
    return proposal;
  }

  NegotiationTrack track(Proposal proposal) {
    return tracks.find(proposal.getTrackId()).orElseThrow();
  }

  static ProposalFacts facts(Proposal proposal, NegotiationTrack track) {
    return new ProposalFacts(
        proposal.getClassification(),
        proposal.getStatus(),
        track.getEnvoy(),
        track.getStaff(),
        proposal.getRoutedAgencies(),
        proposal.hasReachedDeciders(),
        proposal.getDrafters());
  }

  static ProposalFacts facts(NegotiationTrack track) {
    return ProposalFacts.newOnTrack(track.getEnvoy(), track.getStaff());
  }

  /** The proposal as the caller sees it, with the workflow actions the policy allows them now. */
  ProposalView view(Proposal proposal, NegotiationTrack track) {
    proposals.flush();
    ProposalFacts facts = facts(proposal, track);
    Set<WorkflowAction> allowed = EnumSet.noneOf(WorkflowAction.class);
    for (Permission permission : Permission.values()) {
      if (permission.target() == Permission.Target.PROPOSAL && policy.allows(permission, facts)) {
        allowed.addAll(workflowActions(permission));
      }
    }
    return ProposalView.of(proposal, allowed);
  }

  ProposalView view(Proposal proposal) {
    return view(proposal, track(proposal));
  }

  /** Appends the audit event of a move of the proposal, in the command's transaction. */
  void record(
      String actor,
      AuditAction action,
      Proposal proposal,
      StatusChange change,
      Integer versionNumber,
      String detail) {
    audit.record(
        actor,
        null,
        action,
        proposal.getId(),
        change.from().name(),
        change.to().name(),
        versionNumber,
        detail);
  }

  /** The workflow actions a permission lets its holder take. */
  private static Set<WorkflowAction> workflowActions(Permission permission) {
    return switch (permission) {
      case REVISE -> EnumSet.of(WorkflowAction.REVISE);
      case SUBMIT -> EnumSet.of(WorkflowAction.SUBMIT);
      case WITHDRAW -> EnumSet.of(WorkflowAction.WITHDRAW);
      case DECIDE ->
          EnumSet.of(WorkflowAction.APPROVE, WorkflowAction.RETURN, WorkflowAction.REJECT);
      default -> EnumSet.noneOf(WorkflowAction.class);
    };
  }
}
