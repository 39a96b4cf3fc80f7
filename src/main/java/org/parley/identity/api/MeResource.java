package org.parley.identity.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.parley.identity.application.Caller;
import org.parley.identity.application.CurrentUser;
import org.parley.shared.Agency;
import org.parley.shared.Classification;

/** {@code GET /api/me}: who the caller is, as Parley sees them. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject private CurrentUser currentUser;

  @GET
  public MeJson me() {
    return MeJson.of(currentUser.caller());
  }

  /** The caller: roles sorted, agency {@code null} for users outside the agencies. */
  public record MeJson(
      String username,
      String displayName,
      List<String> roles,
      Agency agency,
      Classification clearance) {

    static MeJson of(Caller caller) {
      return new MeJson(
          caller.username(),
          caller.displayName(),
          caller.roles().stream().sorted().map(Enum::name).toList(),
          caller.agency(),
          caller.clearance());
    }
  }
}
