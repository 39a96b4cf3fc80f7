package org.parley.platform.faces;

import org.parley.shared.NotFoundException;

/**
 * Reads the parameters of a page's address ({@code f:viewParam}) that name things. A page binds the
 * raw text and reads it here, so that a missing or malformed id answers "not found", exactly like
 * an id that does not exist, instead of a half-rendered page.
 */
public final class ViewParameters {

  private ViewParameters() {}

  /** The positive number in {@code raw}; "not found" when there is none. */
  public static long id(String raw) {
    try {
      long id = Long.parseLong(raw == null ? "" : raw.trim());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // Falls through: a malformed id names nothing.
    }
    throw new NotFoundException("There is nothing at this address.");
  }
}
