package org.parley.inbox.application;

import org.parley.shared.Classification;

/**
 * How many items one section holds for the caller, and the highest classification among them.
 *
 * @param highest {@code null} when the section is empty
 */
public record SectionTotal(long count, Classification highest) {

  public static final SectionTotal EMPTY = new SectionTotal(0, null);
}
