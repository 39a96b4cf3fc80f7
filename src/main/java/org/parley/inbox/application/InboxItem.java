package org.parley.inbox.application;

import java.io.Serializable;
import java.time.Instant;
import org.parley.shared.Agency;
import org.parley.shared.Classification;
import org.parley.shared.ProposalStatus;

/**
 * One thing waiting for the caller.
 *
 * @param task what to do: TAKE_POSITION, ANSWER_COMMENTS, REVISE_DRAFT or DECIDE
 * @param agency the agency a position is due for, null for other tasks
 * @param dueAt when it is due, null when there is no deadline
 * @param classification the proposal's, for the page's classification banner
 * @param overdueSince when the caller's agency's slot was marked overdue (past the silence
 *     deadline), null when it is not overdue or the task is not a position
 */
public record InboxItem(
    long proposalId,
    String reference,
    String title,
    ProposalStatus status,
    String task,
    Agency agency,
    Instant dueAt,
    Classification classification,
    Instant overdueSince)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Whether the task is past its silence deadline. */
  public boolean overdue() {
    return overdueSince != null;
  }
}
