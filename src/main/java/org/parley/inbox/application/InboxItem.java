package org.parley.inbox.application;

import java.time.Instant;
import org.parley.proposal.domain.ProposalStatus;
import org.parley.shared.Agency;

/**
 * One thing waiting for the caller.
 *
 * @param task what to do: TAKE_POSITION, ANSWER_COMMENTS, REVISE_DRAFT or DECIDE
 * @param agency the agency a position is due for, null for other tasks
 * @param dueAt when it is due, null when there is no deadline
 */
public record InboxItem(
    long proposalId,
    String reference,
    String title,
    ProposalStatus status,
    String task,
    Agency agency,
    Instant dueAt) {}
