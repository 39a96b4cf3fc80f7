package org.parley.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.net.http.HttpResponse;

/** The leverage register, kept by the demo administrator through the REST API, for the ITs. */
public final class Instruments {

  private Instruments() {}

  /**
   * The administrator adds an instrument (UN sanctions held by State, reversible at cost) with a
   * name unique to the test; its id.
   */
  public static long create(String name, int tier) {
    HttpResponse<String> created =
        Workflow.post(
            "admin",
            "/api/instruments",
            Json.createObjectBuilder()
                .add("name", name)
                .add("kind", "UN_SANCTIONS")
                .add("tier", tier)
                .add("reversibility", "REVERSIBLE_AT_COST")
                .add("owningAgency", "STATE")
                .build());
    assertEquals(201, created.statusCode(), created.body());
    return Api.object(created).getJsonNumber("id").longValue();
  }
}
