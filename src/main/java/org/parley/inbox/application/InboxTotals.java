package org.parley.inbox.application;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.parley.shared.Classification;

/**
 * How many items each section of the caller's inbox holds: the total a paginator shows, and what
 * cutting a page needs to know.
 *
 * @param counts every section's count (a missing section counts 0)
 * @param highest the highest classification in the whole inbox, UNCLASSIFIED when it is empty: the
 *     page's classification banner
 */
public record InboxTotals(Map<InboxSection, Long> counts, Classification highest)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public InboxTotals {
    EnumMap<InboxSection, Long> copy = new EnumMap<>(InboxSection.class);
    copy.putAll(counts);
    counts = Collections.unmodifiableMap(copy);
    highest = Objects.requireNonNullElse(highest, Classification.UNCLASSIFIED);
  }

  /** The totals of the sections' counts. */
  public static InboxTotals of(Map<InboxSection, SectionTotal> sections) {
    EnumMap<InboxSection, Long> counts = new EnumMap<>(InboxSection.class);
    Classification highest = Classification.UNCLASSIFIED;
    for (Map.Entry<InboxSection, SectionTotal> section : sections.entrySet()) {
      counts.put(section.getKey(), section.getValue().count());
      Classification level = section.getValue().highest();
      if (level != null && level.compareTo(highest) > 0) {
        highest = level;
      }
    }
    return new InboxTotals(counts, highest);
  }

  public long count(InboxSection section) {
    return counts.getOrDefault(section, 0L);
  }

  /** Every item of the inbox. */
  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }
}
