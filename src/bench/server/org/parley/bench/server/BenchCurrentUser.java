package org.parley.bench.server;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Named;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import java.util.function.Supplier;
import org.parley.access.application.CurrentUser;

/**
 * The caller of the benchmark's worker threads, which serve no HTTP request: while {@link
 * #actingAs} runs, the caller is the given demo user; otherwise the signed-in user, exactly as in
 * the normal WAR. Everything else (the account lookup, roles, agency, clearance, every service
 * rule) is inherited unchanged. Exists only in the benchmark WAR (docs/adr/0019).
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@Named("currentUser")
@RequestScoped
public class BenchCurrentUser extends CurrentUser {

  private static final ThreadLocal<String> ACTING = new ThreadLocal<>();

  /** Runs {@code work} on this thread as {@code username}. */
  static <T> T actingAs(String username, Supplier<T> work) {
    String previous = ACTING.get();
    ACTING.set(username);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        ACTING.remove();
      } else {
        ACTING.set(previous);
      }
    }
  }

  @Override
  protected Optional<String> principalName() {
    String acting = ACTING.get();
    return acting != null ? Optional.of(acting) : super.principalName();
  }
}
