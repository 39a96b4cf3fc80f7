package org.parley.access.domain;

import java.util.Set;
import org.parley.shared.Agency;
import org.parley.shared.Classification;

/**
 * Who asks, as far as the policy cares.
 *
 * @param agency the agency the user belongs to, {@code null} for users outside the agencies
 * @param clearance the highest classification the user may see
 */
public record Subject(String username, Set<Role> roles, Agency agency, Classification clearance) {

  public Subject {
    roles = Set.copyOf(roles);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }
}
