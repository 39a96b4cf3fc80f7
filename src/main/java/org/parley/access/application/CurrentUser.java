package org.parley.access.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.parley.access.domain.Role;
import org.parley.shared.AccessDeniedException;
import org.parley.shared.Agency;
import org.parley.shared.Classification;

/**
 * The signed-in user of the current request, for pages ({@code #{currentUser}}) and services alike.
 * Loaded once per request from the user's account.
 */
@Named
@RequestScoped
public class CurrentUser {

  @Inject private HttpServletRequest request;
  @Inject private CallerDirectory accounts;

  private Optional<Caller> caller;

  /** The caller, or {@link AccessDeniedException} when nobody is signed in. */
  public Caller caller() {
    return find().orElseThrow(() -> new AccessDeniedException("Sign in first."));
  }

  public boolean isSignedIn() {
    return find().isPresent();
  }

  public String getUsername() {
    return caller().username();
  }

  public String getDisplayName() {
    return caller().displayName();
  }

  /** The caller's roles in the order of {@link Role}, for display. */
  public List<Role> getRoles() {
    return caller().roles().stream().sorted().toList();
  }

  /** The caller's agency, {@code null} for users outside the agencies. */
  public Agency getAgency() {
    return caller().agency();
  }

  public Classification getClearance() {
    return caller().clearance();
  }

  /** The caller's sign-in before this one, {@code null} on the first sign-in. */
  public Instant getPreviousSignInAt() {
    return caller().previousSignInAt();
  }

  /** Whether the caller holds the role named {@code role} (a {@link Role} constant name). */
  public boolean hasRole(String role) {
    return find().map(c -> c.hasRole(Role.valueOf(role))).orElse(false);
  }

  /**
   * The name the caller signed in with, empty when nobody has: the one place that asks who is
   * calling. Read once per request. The benchmark's driver overrides it in the benchmark WAR only
   * (docs/adr/0019); the normal WAR has no other implementation.
   */
  protected Optional<String> principalName() {
    // Not SecurityContext.getCallerPrincipal(): on WildFly it names an "anonymous" principal
    // for callers who have not signed in, where the servlet request answers null.
    Principal principal = request.getUserPrincipal();
    return principal == null ? Optional.empty() : Optional.of(principal.getName());
  }

  private Optional<Caller> find() {
    if (caller == null) {
      caller = principalName().flatMap(accounts::findCaller);
    }
    return caller;
  }
}
