package org.parley.identity.web;

import java.util.Optional;

/**
 * Where to go after signing in: the page the user asked for before being sent to the sign-in page.
 * Only a path inside Parley is accepted, so the sign-in page cannot be made to redirect elsewhere.
 */
final class ContinueUrl {

  private ContinueUrl() {}

  /** {@code target} when it is a path inside the application, otherwise empty. */
  static Optional<String> safe(String target) {
    if (target == null
        || target.isBlank()
        || !target.startsWith("/")
        || target.startsWith("//")
        || target.contains("\\")
        || target.contains("://")
        || target.chars().anyMatch(Character::isISOControl)
        || target.startsWith("/login.xhtml")) {
      return Optional.empty();
    }
    return Optional.of(target);
  }
}
