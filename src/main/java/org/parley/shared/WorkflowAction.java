package org.parley.shared;

import static org.parley.shared.ProposalStatus.APPROVED;
import static org.parley.shared.ProposalStatus.AWAITING_DECISION;
import static org.parley.shared.ProposalStatus.DRAFT;
import static org.parley.shared.ProposalStatus.IN_CLEARANCE;
import static org.parley.shared.ProposalStatus.REJECTED;
import static org.parley.shared.ProposalStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Set;

/**
 * The workflow's one table of allowed moves: each action, the statuses it may be taken from, and
 * the status it leads to. The proposal's verbs consult it; nothing else changes a status.
 */
public enum WorkflowAction {
  REVISE(EnumSet.of(DRAFT), DRAFT),
  SUBMIT(EnumSet.of(DRAFT), IN_CLEARANCE),
  CONCLUDE_CLEARED(EnumSet.of(IN_CLEARANCE), AWAITING_DECISION),
  CONCLUDE_CHANGES_REQUESTED(EnumSet.of(IN_CLEARANCE), DRAFT),
  APPROVE(EnumSet.of(AWAITING_DECISION), APPROVED),
  RETURN(EnumSet.of(AWAITING_DECISION), DRAFT),
  REJECT(EnumSet.of(AWAITING_DECISION), REJECTED),
  WITHDRAW(EnumSet.of(DRAFT, IN_CLEARANCE), WITHDRAWN);

  private final Set<ProposalStatus> allowedFrom;
  private final ProposalStatus target;

  WorkflowAction(Set<ProposalStatus> allowedFrom, ProposalStatus target) {
    this.allowedFrom = allowedFrom;
    this.target = target;
  }

  public Set<ProposalStatus> allowedFrom() {
    return EnumSet.copyOf(allowedFrom);
  }

  public ProposalStatus target() {
    return target;
  }
}
