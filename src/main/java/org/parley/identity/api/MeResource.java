package org.parley.identity.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.parley.access.application.CurrentUser;

/** {@code GET /api/me}: who the caller is, as Parley sees them. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject private CurrentUser currentUser;

  @GET
  public UserJson me() {
    return UserJson.of(currentUser.caller());
  }
}
