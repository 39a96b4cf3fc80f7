package org.parley.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Sign-in throttling seen from the ITs, through the administrator's REST endpoint. Failures count
 * for an hour and survive restarts (the IT data directory is kept between runs), so an IT that
 * sends a wrong password for a demo account lifts what it caused, or repeated runs would lock the
 * account other ITs need.
 */
public final class SignInLocks {

  private SignInLocks() {}

  /** Where {@code username} stands: {@code failures}, {@code refused}, {@code locked}, … */
  public static JsonObject of(String username) {
    HttpResponse<String> answer =
        Api.send(Api.request(path(username), "admin", DemoUsers.PASSWORD));
    assertEquals(200, answer.statusCode(), answer.body());
    return Api.object(answer);
  }

  /** Lifts any pause or lock on {@code username} and forgets its failures. */
  public static void lift(String username) {
    HttpResponse<String> answer =
        Api.send(Api.request(path(username), "admin", DemoUsers.PASSWORD).DELETE());
    assertEquals(204, answer.statusCode(), answer.body());
  }

  /**
   * Locks {@code username} the way an attacker would: wrong passwords over REST, each as soon as
   * the running pause allows, until the lock (about 15 s of pauses). Lift it afterwards.
   */
  public static JsonObject lock(String username) {
    for (int failure = 1; failure <= 20; failure++) {
      JsonObject state = of(username);
      if (state.getBoolean("locked")) {
        return state;
      }
      if (state.getBoolean("refused")) {
        sleepUntil(Instant.parse(state.getString("refusedUntil")).plusMillis(100));
      }
      Api.send(Api.request("/api/me", username, "not-the-password-" + failure));
    }
    throw new AssertionError(username + " did not lock: " + of(username));
  }

  private static void sleepUntil(Instant instant) {
    long millis = Duration.between(Instant.now(), instant).toMillis();
    if (millis > 0) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static String path(String username) {
    return "/api/users/" + username + "/sign-in-lock";
  }
}
