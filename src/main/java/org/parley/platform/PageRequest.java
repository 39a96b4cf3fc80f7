package org.parley.platform;

import org.parley.shared.InvalidInputException;

/**
 * Which page of a list a REST client asks for: {@code page} counts from 0, {@code size} is at most
 * {@value #MAX_SIZE} and {@value #DEFAULT_SIZE} when not given.
 */
public record PageRequest(int page, int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  public PageRequest {
    if (page < 0) {
      throw new InvalidInputException("page", "page counts from 0 and cannot be negative.");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidInputException("size", "size must be between 1 and " + MAX_SIZE + ".");
    }
  }

  /** From query parameters as sent, either of which may be absent. */
  public static PageRequest of(String page, String size) {
    return new PageRequest(number("page", page, 0), number("size", size, DEFAULT_SIZE));
  }

  private static int number(String field, String value, int absent) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, field + " must be a whole number.");
    }
  }

  public int first() {
    return page * size;
  }
}
