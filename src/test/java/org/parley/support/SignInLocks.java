package org.parley.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

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

  private static String path(String username) {
    return "/api/users/" + username + "/sign-in-lock";
  }
}
