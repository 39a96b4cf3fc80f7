package org.parley.shared;

/**
 * The caller may not perform the requested action. Thrown by application services whatever the page
 * or REST client showed; mapped once in {@code org.parley.platform} to 403 and to the access-denied
 * page.
 */
public class AccessDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
