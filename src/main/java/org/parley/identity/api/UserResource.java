package org.parley.identity.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.parley.identity.application.SignInThrottleService;
import org.parley.identity.application.UserAccountService;
import org.parley.platform.PageRequest;

/**
 * The user directory for administrators (other callers get 403 from the services):
 *
 * <ul>
 *   <li>{@code GET /api/users?page=&size=}: one page of users, ordered by username;
 *   <li>{@code GET /api/users/{username}/sign-in-lock}: where the account stands with sign-in
 *       throttling (failures counted, paused or locked until when);
 *   <li>{@code DELETE /api/users/{username}/sign-in-lock}: lifts a pause or lock and forgets the
 *       failures (audited); 204 whether or not there was one, 404 for an unknown username.
 * </ul>
 */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

  @Inject private UserAccountService accounts;
  @Inject private SignInThrottleService throttle;

  @GET
  public UserPageJson list(@QueryParam("page") String page, @QueryParam("size") String size) {
    PageRequest request = PageRequest.of(page, size);
    List<UserJson> items =
        accounts.listAccounts(request.first(), request.size()).stream().map(UserJson::of).toList();
    return new UserPageJson(items, accounts.countAccounts());
  }

  @GET
  @Path("{username}/sign-in-lock")
  public SignInLockJson signInLock(@PathParam("username") String username) {
    return SignInLockJson.of(throttle.lockOf(username));
  }

  @DELETE
  @Path("{username}/sign-in-lock")
  public void unlock(@PathParam("username") String username) {
    throttle.unlock(username);
  }

  /** One page of users and how many there are in all. */
  public record UserPageJson(List<UserJson> items, long total) {}
}
