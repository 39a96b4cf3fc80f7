package org.parley.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

  private static JsonValue json(String text) {
    return Json.createReader(new StringReader(text)).readValue();
  }

  @Test
  void isTheHexSha256() {
    String fingerprint = RequestFingerprint.of("POST", "/parley/api/proposals");
    assertEquals(64, fingerprint.length());
    assertTrue(fingerprint.matches("[0-9a-f]{64}"));
  }

  @Test
  void theSameRequestHasTheSameFingerprint() {
    assertEquals(
        RequestFingerprint.of("POST", "/api/proposals/1/submit", null, json("{\"a\":[1,2]}")),
        RequestFingerprint.of("POST", "/api/proposals/1/submit", null, json("{ \"a\" : [1, 2] }")));
  }

  @Test
  void propertyOrderAndNumberSpellingDoNotMatter() {
    JsonValue one = json("{\"b\":{\"y\":1.0,\"x\":\"s\"},\"a\":true,\"c\":null}");
    JsonValue two = json("{\"a\":true,\"c\":null,\"b\":{\"x\":\"s\",\"y\":1.00}}");
    assertEquals(RequestFingerprint.canonical(one), RequestFingerprint.canonical(two));
    assertEquals(RequestFingerprint.of("PUT", one), RequestFingerprint.of("PUT", two));
    assertEquals(
        "{\"a\":true,\"b\":{\"x\":\"s\",\"y\":1},\"c\":null}", RequestFingerprint.canonical(one));
  }

  @Test
  void anyDifferenceInMethodPathHeaderOrBodyMakesAnotherRequest() {
    JsonObject body = Json.createObjectBuilder().add("position", "CONCUR").build();
    JsonObject other = Json.createObjectBuilder().add("position", "NON_CONCUR").build();
    String base = RequestFingerprint.of("POST", "/api/proposals/1/clearance/STATE", null, body);
    assertNotEquals(
        base, RequestFingerprint.of("PUT", "/api/proposals/1/clearance/STATE", null, body));
    assertNotEquals(
        base, RequestFingerprint.of("POST", "/api/proposals/2/clearance/STATE", null, body));
    assertNotEquals(
        base, RequestFingerprint.of("POST", "/api/proposals/1/clearance/STATE", "\"3\"", body));
    assertNotEquals(
        base, RequestFingerprint.of("POST", "/api/proposals/1/clearance/STATE", null, other));
  }

  @Test
  void partsAreDelimitedAndNullIsNotTheWordNull() {
    assertNotEquals(RequestFingerprint.of("ab", "c"), RequestFingerprint.of("a", "bc"));
    assertNotEquals(RequestFingerprint.of((Object) null), RequestFingerprint.of("null"));
    assertNotEquals(RequestFingerprint.of((Object) null), RequestFingerprint.of(""));
  }

  @Test
  void pageRequestsFingerprintTheirActionAndInputs() {
    IdempotencyKey key = new IdempotencyKey("k");
    IdempotentRequest submit = IdempotentRequest.ofPage(key, "submit proposal", 7L);
    assertEquals(submit, IdempotentRequest.ofPage(key, "submit proposal", 7L));
    assertNotEquals(
        submit.fingerprint(), IdempotentRequest.ofPage(key, "withdraw proposal", 7L).fingerprint());
    assertNotEquals(
        submit.fingerprint(), IdempotentRequest.ofPage(key, "submit proposal", 8L).fingerprint());
    assertEquals("page: submit proposal", submit.description());
  }
}
