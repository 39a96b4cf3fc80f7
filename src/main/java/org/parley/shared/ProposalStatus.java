package org.parley.shared;

/**
 * Where a proposal stands in the workflow (docs/architecture.md, state diagram). Which action moves
 * a proposal from which status to which is defined in one place only: {@link WorkflowAction}.
 */
public enum ProposalStatus {
  DRAFT,
  IN_CLEARANCE,
  AWAITING_DECISION,
  APPROVED,
  REJECTED,
  WITHDRAWN;

  /** Whether {@code action} may be taken on a proposal in this status. */
  public boolean allows(WorkflowAction action) {
    return action.allowedFrom().contains(this);
  }
}
