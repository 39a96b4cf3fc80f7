package org.parley.platform.faces;

/**
 * What a page tells the user when a command of theirs went through: a message of the bundle and its
 * parameters ({@code MessageFormat}).
 */
public record Confirmation(String key, Object... params) {

  public static Confirmation of(String key, Object... params) {
    return new Confirmation(key, params);
  }
}
