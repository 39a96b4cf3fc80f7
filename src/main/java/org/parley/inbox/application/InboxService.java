package org.parley.inbox.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.parley.access.application.AccessPolicy;
import org.parley.access.domain.Subject;
import org.parley.platform.Page;
import org.parley.platform.PageRequest;

/**
 * What waits for the caller, earliest due first (no due date last, then by reference): positions
 * their agency owes ({@code TAKE_POSITION}), drafts on their tracks ({@code ANSWER_COMMENTS} when
 * the latest round left a comment unanswered, else {@code REVISE_DRAFT}), and cleared proposals to
 * decide ({@code DECIDE}). Each section is one query that applies the policy table itself, so a
 * page costs a handful of indexed queries whatever the size of the database.
 */
@ApplicationScoped
@Transactional
public class InboxService {

  @Inject private AccessPolicy policy;
  @Inject private InboxQueries queries;

  /** How many items each section of the caller's inbox holds. Any signed-in user. */
  public InboxTotals totals() {
    return totals(policy.subject());
  }

  /** One page of the caller's inbox and how many items it holds in all. Any signed-in user. */
  public Page<InboxItem> page(PageRequest request) {
    Subject caller = policy.subject();
    InboxTotals totals = totals(caller);
    return new Page<>(items(caller, totals, request.first(), request.size()), totals.total());
  }

  /**
   * Items {@code first} to {@code first + size - 1} of the caller's inbox, cut along {@code totals}
   * as {@link #totals()} answered a moment ago (a lazy table asks for the count first): should the
   * inbox have changed since, the page shows the items now at those places.
   */
  public List<InboxItem> items(InboxTotals totals, int first, int size) {
    return items(policy.subject(), totals, first, size);
  }

  private InboxTotals totals(Subject caller) {
    Map<InboxSection, SectionTotal> sections = new EnumMap<>(InboxSection.class);
    for (InboxSection section : InboxSection.values()) {
      sections.put(section, queries.count(section, caller));
    }
    return InboxTotals.of(sections);
  }

  private List<InboxItem> items(Subject caller, InboxTotals totals, int first, int size) {
    return InboxPager.page(
        totals,
        first,
        size,
        (section, offset, limit) -> queries.items(section, caller, offset, limit));
  }
}
