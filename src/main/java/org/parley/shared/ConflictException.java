package org.parley.shared;

/**
 * The request is well-formed and allowed, but the current state forbids it: a proposal not in the
 * status the action needs, a round already closed, an agency that already answered (409). Nothing
 * was written.
 */
public class ConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message);
  }
}
