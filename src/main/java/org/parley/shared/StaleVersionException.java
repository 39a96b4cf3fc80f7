package org.parley.shared;

/**
 * The caller edited an older version of the thing than the one stored: someone else saved in
 * between. Nothing was written; the caller must reload and apply the change again (REST 412).
 */
public class StaleVersionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StaleVersionException(String message) {
    super(message);
  }
}
