package org.parley.support;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.access.domain.Role;
import org.parley.access.domain.Subject;
import org.parley.shared.Agency;
import org.parley.shared.Classification;

/** Demo users as the policy table sees them, read from the running server's {@code /api/me}. */
public final class PolicySubjects {

  private PolicySubjects() {}

  public static Subject of(String username) {
    JsonObject me = Api.object(Workflow.get(username, "/api/me"));
    Set<Role> roles =
        me.getJsonArray("roles").getValuesAs(JsonString.class).stream()
            .map(role -> Role.valueOf(role.getString()))
            .collect(Collectors.toSet());
    Agency agency = me.isNull("agency") ? null : Agency.valueOf(me.getString("agency"));
    return new Subject(username, roles, agency, Classification.valueOf(me.getString("clearance")));
  }
}
