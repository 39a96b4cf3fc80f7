package org.parley.shared;

/**
 * The thing asked for does not exist, or the caller may not know that it does: both answer the same
 * (404, the not-found page), so that nothing leaks through the difference.
 */
public class NotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message);
  }
}
