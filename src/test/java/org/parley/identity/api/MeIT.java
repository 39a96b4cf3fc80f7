package org.parley.identity.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.parley.support.Api;
import org.parley.support.DemoUsers;
import org.parley.support.DemoUsers.DemoUser;
import org.parley.support.SignInLocks;
import org.parley.support.database.DatabaseSensitive;

@DatabaseSensitive("the account as the identity store's SQL reads it")
class MeIT {

  private static final String SIGN_IN_FAILED =
      "Wrong username or password. After repeated failures, sign-in pauses for a while.";

  static final List<DemoUser> USERS = DemoUsers.ALL;

  @ParameterizedTest
  @FieldSource("USERS")
  void everyDemoUserIsKnownByRoleAgencyAndClearance(DemoUser user) {
    HttpResponse<String> response =
        Api.send(Api.request("/api/me", user.username(), DemoUsers.PASSWORD));

    assertEquals(200, response.statusCode(), response.body());
    JsonObject me = Api.object(response);
    assertEquals(user.username(), me.getString("username"));
    assertEquals(user.displayName(), me.getString("displayName"));
    assertEquals(List.of(user.role()), me.getJsonArray("roles").getValuesAs(JsonString::getString));
    assertEquals(user.clearance(), me.getString("clearance"));
    if (user.agency() == null) {
      assertEquals(JsonValue.NULL, me.get("agency"));
    } else {
      assertEquals(user.agency(), me.getString("agency"));
    }
  }

  @Test
  void apiCallsNeedNoCookieAndGetNone() {
    HttpResponse<String> response = Api.send(Api.request("/api/me", "envoy", DemoUsers.PASSWORD));

    assertEquals(200, response.statusCode());
    assertFalse(
        response.headers().firstValue("Set-Cookie").isPresent(), "no session for API calls");
  }

  @Test
  void wrongPasswordAnswers401ProblemJson() {
    try {
      assertUnauthorized(
          Api.send(Api.request("/api/me", "drafter", "not-the-password")), SIGN_IN_FAILED);
    } finally {
      SignInLocks.lift("drafter");
    }
  }

  @Test
  void unknownUserAnswersLikeAWrongPassword() {
    assertUnauthorized(
        Api.send(Api.request("/api/me", "nobody", DemoUsers.PASSWORD)), SIGN_IN_FAILED);
  }

  @Test
  void missingCredentialsAnswer401ProblemJson() {
    assertUnauthorized(
        Api.send(Api.request("/api/me")), "Authentication required: send HTTP Basic credentials.");
  }

  @Test
  void malformedCredentialsAnswer401ProblemJson() {
    assertUnauthorized(
        Api.send(Api.request("/api/me").header("Authorization", "Basic !!not-base64!!")),
        "Malformed HTTP Basic credentials.");
  }

  private static void assertUnauthorized(HttpResponse<String> response, String detail) {
    assertEquals(401, response.statusCode());
    assertEquals(
        "application/problem+json",
        response.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
    assertTrue(
        response.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic "));
    JsonObject problem = Api.object(response);
    assertEquals(401, problem.getInt("status"));
    assertEquals(detail, problem.getString("detail"));
  }
}
