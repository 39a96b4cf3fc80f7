package org.parley.access.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import org.parley.access.domain.Role;
import org.parley.shared.Agency;
import org.parley.shared.Classification;

/**
 * A user as the rest of the application sees them: the signed-in caller, or a row of the user
 * directory.
 *
 * @param agency the agency the user belongs to, {@code null} for users outside the agencies
 * @param lastSignInAt when the user last signed in to the pages, {@code null} if never
 * @param previousSignInAt the sign-in before that one, {@code null} if none
 */
public record Caller(
    String username,
    String displayName,
    Set<Role> roles,
    Agency agency,
    Classification clearance,
    Instant lastSignInAt,
    Instant previousSignInAt)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }
}
