package org.parley.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;

/** Assertions on the REST API's error answers (RFC 9457 problem+json). */
public final class Problems {

  private Problems() {}

  /** The answer is a problem+json of {@code status} with a detail in words. */
  public static JsonObject assertProblem(int status, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(
        "application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
    JsonObject problem = Api.object(response);
    assertEquals(status, problem.getInt("status"));
    assertEquals(
        JsonValue.ValueType.STRING, problem.get("detail").getValueType(), problem.toString());
    return problem;
  }

  /** The answer is a 400 problem naming {@code field}. */
  public static JsonObject assertInvalid(String field, HttpResponse<String> response) {
    JsonObject problem = assertProblem(400, response);
    assertEquals(field, problem.getString("field"), problem.toString());
    return problem;
  }
}
