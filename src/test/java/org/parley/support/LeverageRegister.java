package org.parley.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Optional;

/**
 * Instruments of the leverage register for the tests that spend them, through its REST API (issue
 * 6): an instrument is looked up by name in {@code GET /api/instruments}, and created by {@code
 * admin} with {@code POST /api/instruments} when the register has none of that name yet, so that a
 * test finds it again on a server with data from earlier runs.
 */
public final class LeverageRegister {

  private LeverageRegister() {}

  /**
   * The id of the active instrument named {@code name}, created with these terms if the register
   * has none of that name; one found must have the tier asked for.
   *
   * @param kind an InstrumentKind constant, e.g. {@code UN_SANCTIONS}
   * @param reversibility how easily we could take it back, e.g. {@code REVERSIBLE_AT_COST}
   */
  public static long instrument(String name, String kind, int tier, String reversibility) {
    Optional<JsonObject> found = find(name);
    if (found.isPresent()) {
      JsonObject instrument = found.get();
      assertEquals(tier, instrument.getInt("tier"), name + " is in the register at another tier");
      assertFalse(instrument.getBoolean("retired"), name + " is retired in the register");
      return instrument.getJsonNumber("id").longValue();
    }
    JsonObject body =
        Json.createObjectBuilder()
            .add("name", name)
            .add("kind", kind)
            .add("tier", tier)
            .add("reversibility", reversibility)
            .add("owningAgency", "STATE")
            .add("notes", "Created by the tests.")
            .build();
    HttpResponse<String> created = Workflow.post("admin", "/api/instruments", body);
    assertEquals(201, created.statusCode(), created.body());
    return find(name)
        .orElseThrow(() -> new AssertionError(name + " was created but is not in the register"))
        .getJsonNumber("id")
        .longValue();
  }

  private static Optional<JsonObject> find(String name) {
    HttpResponse<String> register =
        Api.send(Api.request("/api/instruments", "admin", DemoUsers.PASSWORD));
    assertEquals(200, register.statusCode(), register.body());
    return ((JsonArray) Api.json(register.body()))
        .getValuesAs(JsonObject.class).stream()
            .filter(instrument -> instrument.getString("name").equals(name))
            .findFirst();
  }
}
