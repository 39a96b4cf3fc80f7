package org.parley.shared;

/**
 * A request value is missing, malformed or out of range. Names the offending field so that a page
 * can show the message next to it and a REST client can find it ({@code field} of the problem).
 * Thrown before anything is written, so the data stays as it was.
 */
public class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String getField() {
    return field;
  }
}
