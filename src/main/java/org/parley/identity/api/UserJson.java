package org.parley.identity.api;

import java.util.List;
import org.parley.access.application.Caller;
import org.parley.shared.Agency;
import org.parley.shared.Classification;

/** A user in REST answers: roles sorted, agency {@code null} for users outside the agencies. */
public record UserJson(
    String username,
    String displayName,
    List<String> roles,
    Agency agency,
    Classification clearance) {

  static UserJson of(Caller caller) {
    return new UserJson(
        caller.username(),
        caller.displayName(),
        caller.roles().stream().sorted().map(Enum::name).toList(),
        caller.agency(),
        caller.clearance());
  }
}
