package org.parley.inbox.application;

import java.util.List;
import org.parley.access.domain.Subject;

/**
 * The inbox's read model: one query per section, the policy table's rule for the section's
 * permission (visibility, need to know, relation, statuses, drafters excluded) applied in the query
 * itself, only the columns an item needs.
 */
public interface InboxQueries {

  /** How many items {@code section} holds for {@code caller}, one count query. */
  SectionTotal count(InboxSection section, Subject caller);

  /**
   * Items {@code offset} to {@code offset + limit - 1} of {@code section} for {@code caller}, in
   * inbox order (due date, nulls last, then reference): one query.
   */
  List<InboxItem> items(InboxSection section, Subject caller, int offset, int limit);
}
