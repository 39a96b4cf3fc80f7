package org.parley.proposal.domain;

import org.parley.shared.ProposalStatus;
import org.parley.shared.WorkflowAction;

/** The outcome of one workflow verb: what was done and the status before and after it. */
public record StatusChange(WorkflowAction action, ProposalStatus from, ProposalStatus to) {}
