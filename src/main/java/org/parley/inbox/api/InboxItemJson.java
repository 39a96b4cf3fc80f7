package org.parley.inbox.api;

import java.time.Instant;
import java.util.List;
import org.parley.inbox.application.InboxItem;
import org.parley.platform.Page;
import org.parley.shared.Agency;
import org.parley.shared.ProposalStatus;

/**
 * One thing waiting for the caller in {@code GET /api/inbox}.
 *
 * @param task TAKE_POSITION, ANSWER_COMMENTS, REVISE_DRAFT or DECIDE
 * @param agency the agency a position is owed for, {@code null} for other tasks
 * @param dueAt when it is due, {@code null} when there is no deadline
 * @param overdueSince when the agency's slot was marked overdue, {@code null} when it is not
 */
public record InboxItemJson(
    long proposalId,
    String reference,
    String title,
    ProposalStatus status,
    String task,
    Agency agency,
    Instant dueAt,
    Instant overdueSince) {

  static InboxItemJson of(InboxItem item) {
    return new InboxItemJson(
        item.proposalId(),
        item.reference(),
        item.title(),
        item.status(),
        item.task(),
        item.agency(),
        item.dueAt(),
        item.overdueSince());
  }

  /** One page of the inbox and how many items wait in all. */
  public record PageJson(List<InboxItemJson> items, long total) {

    static PageJson of(Page<InboxItem> page) {
      return new PageJson(page.items().stream().map(InboxItemJson::of).toList(), page.total());
    }
  }
}
