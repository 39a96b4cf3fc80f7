package org.parley.identity.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.parley.identity.application.UserAccountService;
import org.parley.platform.PageRequest;

/**
 * {@code GET /api/users?page=&size=}: the user directory, ordered by username, for administrators
 * (other callers get 403 from the service).
 */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

  @Inject private UserAccountService accounts;

  @GET
  public UserPageJson list(@QueryParam("page") String page, @QueryParam("size") String size) {
    PageRequest request = PageRequest.of(page, size);
    List<UserJson> items =
        accounts.listAccounts(request.first(), request.size()).stream().map(UserJson::of).toList();
    return new UserPageJson(items, accounts.countAccounts());
  }

  /** One page of users and how many there are in all. */
  public record UserPageJson(List<UserJson> items, long total) {}
}
