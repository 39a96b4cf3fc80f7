package org.parley.proposal.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.parley.proposal.domain.ProposalQuery.Sort;
import org.parley.shared.InvalidInputException;

/**
 * The {@code sort} parameter of the proposal list: a property name ({@code reference}, {@code
 * title}, {@code status}, {@code updatedAt}), with a leading {@code -} for descending order. Absent
 * means {@code -updatedAt}, the most recently changed first.
 */
record SortOrder(Sort sort, boolean descending) {

  static final SortOrder DEFAULT = new SortOrder(Sort.UPDATED_AT, true);

  static SortOrder parse(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT;
    }
    String trimmed = value.trim();
    boolean descending = trimmed.startsWith("-");
    String name = descending ? trimmed.substring(1) : trimmed;
    return Arrays.stream(Sort.values())
        .filter(sort -> property(sort).equals(name))
        .findFirst()
        .map(sort -> new SortOrder(sort, descending))
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "sort",
                    "sort must be one of "
                        + Arrays.stream(Sort.values())
                            .map(SortOrder::property)
                            .collect(Collectors.joining(", "))
                        + ", with a leading - for descending order."));
  }

  /** The JSON property a sort constant orders by: {@code UPDATED_AT} is {@code updatedAt}. */
  static String property(Sort sort) {
    String[] words = sort.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder name = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return name.toString();
  }
}
