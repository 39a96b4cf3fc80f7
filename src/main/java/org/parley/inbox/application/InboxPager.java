package org.parley.inbox.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts one page of the inbox out of its sections, each already sorted in inbox order by its own
 * query, fetching from each only what the page needs.
 *
 * <p>The sections fall into tiers that never interleave: every position has a due date (its
 * round's), drafts and decisions never do, and dates sort before "no date". So a page first skips
 * whole tiers by their counts. Inside a tier, a lone non-empty section is read at the page's
 * offset; sections that interleave (a user who both drafts and decides) are each read from their
 * start up to the page's end and merged.
 */
final class InboxPager {

  /** Inbox order: earliest due first, no due date last, then by reference. */
  static final Comparator<InboxItem> ORDER =
      Comparator.comparing(InboxItem::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(InboxItem::reference);

  /** The tiers, in inbox order. */
  static final List<List<InboxSection>> TIERS =
      List.of(
          List.of(InboxSection.POSITIONS), List.of(InboxSection.DRAFTS, InboxSection.DECISIONS));

  /** Reads items {@code offset} to {@code offset + limit - 1} of one section. */
  @FunctionalInterface
  interface Fetch {
    List<InboxItem> items(InboxSection section, int offset, int limit);
  }

  private InboxPager() {}

  /** Items {@code first} to {@code first + size - 1} of the whole inbox. */
  static List<InboxItem> page(InboxTotals totals, int first, int size, Fetch fetch) {
    List<InboxItem> page = new ArrayList<>(size);
    long skip = first;
    for (List<InboxSection> tier : TIERS) {
      int wanted = size - page.size();
      if (wanted == 0) {
        break;
      }
      List<InboxSection> present =
          tier.stream().filter(section -> totals.count(section) > 0).toList();
      long tierCount = present.stream().mapToLong(totals::count).sum();
      if (skip >= tierCount) {
        skip -= tierCount;
        continue;
      }
      page.addAll(slice(present, Math.toIntExact(skip), wanted, fetch));
      skip = 0;
    }
    return page;
  }

  private static List<InboxItem> slice(
      List<InboxSection> sections, int offset, int wanted, Fetch fetch) {
    if (sections.size() == 1) {
      return fetch.items(sections.get(0), offset, wanted);
    }
    List<InboxItem> merged = new ArrayList<>();
    for (InboxSection section : sections) {
      merged = merge(merged, fetch.items(section, 0, offset + wanted));
    }
    return merged.subList(
        Math.min(offset, merged.size()), Math.min(offset + wanted, merged.size()));
  }

  /** Two lists in inbox order as one, each list's own order kept. */
  static List<InboxItem> merge(List<InboxItem> left, List<InboxItem> right) {
    List<InboxItem> merged = new ArrayList<>(left.size() + right.size());
    int l = 0;
    int r = 0;
    while (l < left.size() && r < right.size()) {
      merged.add(ORDER.compare(left.get(l), right.get(r)) <= 0 ? left.get(l++) : right.get(r++));
    }
    merged.addAll(left.subList(l, left.size()));
    merged.addAll(right.subList(r, right.size()));
    return merged;
  }
}
