package org.parley.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.DemoUsers;
import org.parley.support.database.DatabaseSensitive;

@DatabaseSensitive("the health answer reports the database")
class HealthIT {

  @Test
  void healthIsOpenToAnonymousCallersAndReportsTheDatabase() {
    HttpResponse<String> response = Api.send(Api.request("/api/health"));

    assertEquals(200, response.statusCode());
    assertTrue(
        response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
    JsonObject health = Api.object(response);
    assertEquals("UP", health.getString("status"));
    assertEquals("UP", health.getString("database"));
  }

  @Test
  void unknownApiPathAnswersProblemJson() {
    HttpResponse<String> response =
        Api.send(Api.request("/api/no-such-thing", "drafter", DemoUsers.PASSWORD));

    assertEquals(404, response.statusCode());
    assertEquals(
        "application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
    JsonObject problem = Api.object(response);
    assertEquals(404, problem.getInt("status"));
    assertEquals("Not Found", problem.getString("title"));
  }
}
