package org.parley.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.parley.access.application.AccessPolicy;
import org.parley.access.domain.Permission;
import org.parley.audit.domain.AuditAction;
import org.parley.proposal.domain.Proposal;
import org.parley.proposal.domain.ProposalRepository;
import org.parley.proposal.domain.StatusChange;
import org.parley.shared.Agency;
import org.parley.shared.NotFoundException;

/**
 * The proposal's side of the workflow commands of other features (clearance, decision, scheduled
 * work), inside their transactions: lock the proposal first, so that commands on one proposal run
 * one after the other (docs/adr/0006), then move it with one of its verbs.
 */
@ApplicationScoped
@Transactional
public class ProposalWorkflow {

  @Inject private ProposalRepository proposals;
  @Inject private ProposalAccess access;
  @Inject private AccessPolicy policy;

  /**
   * Locks a proposal the caller may see, for a workflow command of another feature: every command
   * takes this lock first, so commands on one proposal run one after the other.
   */
  public ProposalView lockForWorkflow(long id) {
    return lockForWorkflow(id, Permission.VIEW);
  }

  /**
   * Locks a proposal for a workflow command of another feature, refused unless the policy grants
   * the caller {@code permission} on it now (404, 403 or 409, audited).
   */
  public ProposalView lockForWorkflow(long id, Permission permission) {
    return access.view(access.lockFor(id, permission));
  }

  /**
   * Locks a proposal for work the system does on its own, with no caller (scheduled jobs,
   * docs/adr/0013), so that it runs one after the other with users' workflow commands
   * (docs/adr/0006). No policy applies: never call it on a user's behalf.
   *
   * @return whether the proposal exists
   */
  public boolean lockForScheduledWork(long id) {
    return proposals.findForUpdate(id).isPresent();
  }

  /**
   * A clearance round gave these agencies a slot on the proposal, in the submitting transaction:
   * their reviewers and leads need to know it from now on.
   */
  public void routeTo(long id, Set<Agency> agencies) {
    proposals
        .find(id)
        .orElseThrow(() -> new NotFoundException("There is no such proposal."))
        .routeTo(agencies);
  }

  /** The clearance round of the current version closed; the proposal moves on accordingly. */
  public void concludeClearance(long id, boolean changesRequested, String detail) {
    String actor = policy.subject().username();
    Proposal proposal = access.lockFor(id, Permission.VIEW);
    StatusChange change =
        changesRequested
            ? proposal.concludeClearanceWithChangesRequested()
            : proposal.concludeClearanceCleared();
    access.record(
        actor, AuditAction.ROUND_CLOSED, proposal, change, proposal.getVersionNumber(), detail);
  }

  /**
   * Applies a decision to the proposal. Deputies and principals who did not draft it; the decision
   * feature records the decision itself and its audit event.
   */
  public StatusChange applyDecision(long id, Verdict verdict) {
    Proposal proposal = access.lockFor(id, Permission.DECIDE);
    return switch (verdict) {
      case APPROVE -> proposal.approve();
      case RETURN -> proposal.returnToDraft();
      case REJECT -> proposal.reject();
    };
  }
}
