package org.parley.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.shared.InvalidInputException;

class JsonInputTest {

  enum Colour {
    RED,
    DARK_GREEN
  }

  // --- the body itself ---

  @Test
  void aMissingBodyIsRefusedWithoutAField() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> JsonInput.of(null));

    assertNull(refused.getField());
    assertEquals("The request needs a JSON object as its body.", refused.getMessage());
  }

  @Test
  void membersNotAskedForAreIgnored() {
    JsonInput in = input("{\"title\": \"T\", \"id\": 7, \"status\": \"DRAFT\"}");

    assertEquals("T", in.text("title", 10));
  }

  // --- required texts ---

  @Test
  void aRequiredTextIsReadAsSentUpToItsLimit() {
    assertEquals("  Padded  ", input("{\"t\": \"  Padded  \"}").text("t", 10));
    assertEquals("x".repeat(5), input("{\"t\": \"xxxxx\"}").text("t", 5));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{} | t is required.",
        "{\"t\": null} | t is required.",
        "{\"t\": 5} | t must be a string, not a number.",
        "{\"t\": true} | t must be a string, not a boolean.",
        "{\"t\": [\"a\"]} | t must be a string, not an array.",
        "{\"t\": {}} | t must be a string, not an object.",
        "{\"t\": \"\"} | t must not be blank.",
        "{\"t\": \" \\t \"} | t must not be blank.",
        "{\"t\": \"abcdef\"} | t is 6 characters long; at most 5 are allowed."
      })
  void aRequiredTextThatIsMissingOfAnotherTypeBlankOrTooLongIsRefused(String json, String message) {
    assertRefused("t", message, () -> input(json).text("t", 5));
  }

  // --- optional texts ---

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"{}", "{\"t\": null}", "{\"t\": \"\"}", "{\"t\": \"   \"}"})
  void anAbsentNullOrBlankOptionalTextIsEmpty(String json) {
    assertEquals(Optional.empty(), input(json).optionalText("t", 5));
  }

  @Test
  void anOptionalTextIsStillCheckedForTypeAndLength() {
    assertEquals(Optional.of("ok"), input("{\"t\": \"ok\"}").optionalText("t", 5));
    assertRefused(
        "t", "t must be a string, not a number.", () -> input("{\"t\": 1}").optionalText("t", 5));
    assertRefused(
        "t",
        "t is 6 characters long; at most 5 are allowed.",
        () -> input("{\"t\": \"abcdef\"}").optionalText("t", 5));
  }

  // --- enum constants ---

  @Test
  void anEnumConstantIsReadByItsExactName() {
    assertEquals(Colour.DARK_GREEN, input("{\"c\": \"DARK_GREEN\"}").enumValue("c", Colour.class));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"BLUE", "red", " RED", "DARK GREEN", ""})
  void anUnknownConstantIsRefusedListingTheAllowedOnes(String name) {
    assertRefused(
        "c",
        "c must be one of RED, DARK_GREEN; \"" + name + "\" is not one of them.",
        () ->
            input(Json.createObjectBuilder().add("c", name).build()).enumValue("c", Colour.class));
  }

  @Test
  void aConstantOfAnotherJsonTypeOrMissingIsRefused() {
    assertRefused(
        "c",
        "c must be a string, one of RED, DARK_GREEN, not a number.",
        () -> input("{\"c\": 0}").enumValue("c", Colour.class));
    assertRefused("c", "c is required.", () -> input("{}").enumValue("c", Colour.class));
  }

  @Test
  void aLongUnknownValueIsCutInTheMessage() {
    String value = "X".repeat(500);

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                input(Json.createObjectBuilder().add("c", value).build())
                    .enumValue("c", Colour.class));

    assertTrue(refused.getMessage().contains("\"" + "X".repeat(40) + "…\""), refused.getMessage());
    assertTrue(refused.getMessage().length() < 200);
  }

  @Test
  void anOptionalConstantMayBeAbsentOrNull() {
    assertEquals(Optional.empty(), input("{}").optionalEnumValue("c", Colour.class));
    assertEquals(Optional.empty(), input("{\"c\": null}").optionalEnumValue("c", Colour.class));
    assertEquals(
        Optional.of(Colour.RED), input("{\"c\": \"RED\"}").optionalEnumValue("c", Colour.class));
    assertRefused(
        "c",
        "c must be one of RED, DARK_GREEN; \"PINK\" is not one of them.",
        () -> input("{\"c\": \"PINK\"}").optionalEnumValue("c", Colour.class));
  }

  @Test
  void anArrayOfConstantsNamesTheOffendingElement() {
    assertEquals(List.of(), input("{}").enumValues("cs", Colour.class));
    assertEquals(List.of(), input("{\"cs\": null}").enumValues("cs", Colour.class));
    assertEquals(
        List.of(Colour.RED, Colour.DARK_GREEN, Colour.RED),
        input("{\"cs\": [\"RED\", \"DARK_GREEN\", \"RED\"]}").enumValues("cs", Colour.class));
    assertRefused(
        "cs[1]",
        "cs[1] must be one of RED, DARK_GREEN; \"PINK\" is not one of them.",
        () -> input("{\"cs\": [\"RED\", \"PINK\"]}").enumValues("cs", Colour.class));
    assertRefused(
        "cs[0]",
        "cs[0] must not be null.",
        () -> input("{\"cs\": [null]}").enumValues("cs", Colour.class));
    assertRefused(
        "cs",
        "cs must be an array, not a string.",
        () -> input("{\"cs\": \"RED\"}").enumValues("cs", Colour.class));
  }

  @Test
  void theConstantHelperServesQueryParametersToo() {
    assertEquals(Colour.RED, JsonInput.constant("colour", "RED", Colour.class));
    assertRefused(
        "colour",
        "colour must be one of RED, DARK_GREEN; \"green\" is not one of them.",
        () -> JsonInput.constant("colour", "green", Colour.class));
    assertEquals("RED, DARK_GREEN", JsonInput.allowed(Colour.class));
  }

  // --- numbers and booleans ---

  @Test
  void aWholeNumberIsRead() {
    assertEquals(42L, input("{\"n\": 42}").longValue("n"));
    assertEquals(-3L, input("{\"n\": -3}").longValue("n"));
    assertEquals(7L, input("{\"n\": 7.0}").longValue("n"));
    assertEquals(1200L, input("{\"n\": 1.2e3}").longValue("n"));
    assertEquals(Long.MAX_VALUE, input("{\"n\": " + Long.MAX_VALUE + "}").longValue("n"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{} | n is required.",
        "{\"n\": \"42\"} | n must be a number, not a string.",
        "{\"n\": 4.5} | n must be a whole number.",
        "{\"n\": 1.25e1} | n must be a whole number.",
        "{\"n\": 1e30} | n is out of range.",
        "{\"n\": 99999999999999999999} | n is out of range."
      })
  void anythingButAWholeNumberInRangeIsRefused(String json, String message) {
    assertRefused("n", message, () -> input(json).longValue("n"));
  }

  @Test
  void aBooleanIsTrueOrFalseAndNothingElse() {
    assertTrue(input("{\"b\": true}").booleanValue("b"));
    assertFalse(input("{\"b\": false}").booleanValue("b"));
    assertRefused(
        "b",
        "b must be true or false, not a string.",
        () -> input("{\"b\": \"true\"}").booleanValue("b"));
    assertRefused(
        "b", "b must be true or false, not a number.", () -> input("{\"b\": 1}").booleanValue("b"));
    assertRefused("b", "b is required.", () -> input("{\"b\": null}").booleanValue("b"));
  }

  // --- nesting and paths ---

  @Test
  void nestedReadsNameTheFullPath() {
    JsonInput in =
        input(
            "{\"phases\": [{\"steps\": []},"
                + " {\"steps\": [{\"theirs\": {\"verification\": \"SATELLITE\"}}]}]}");
    JsonInput theirs =
        in.objects("phases").get(1).objects("steps").get(0).optionalObject("theirs").orElseThrow();

    assertEquals("phases[1].steps[0].theirs.verification", theirs.field("verification"));
    assertRefused(
        "phases[1].steps[0].theirs.verification",
        "phases[1].steps[0].theirs.verification must be one of RED, DARK_GREEN;"
            + " \"SATELLITE\" is not one of them.",
        () -> theirs.enumValue("verification", Colour.class));
    assertRefused(
        "phases[1].steps[0].theirs.description",
        "phases[1].steps[0].theirs.description is required.",
        () -> theirs.text("description", 10));
  }

  @Test
  void theRootNamesMembersPlainly() {
    assertEquals("title", input("{}").field("title"));
  }

  @Test
  void aRequiredObjectMustBeAnObject() {
    assertEquals("o.x", input("{\"o\": {}}").object("o").field("x"));
    assertRefused("o", "o is required.", () -> input("{}").object("o"));
    assertRefused(
        "o", "o must be an object, not an array.", () -> input("{\"o\": []}").object("o"));
  }

  @Test
  void anOptionalObjectMayBeAbsentOrNullButNotAnotherType() {
    assertTrue(input("{}").optionalObject("o").isEmpty());
    assertTrue(input("{\"o\": null}").optionalObject("o").isEmpty());
    assertTrue(input("{\"o\": {}}").optionalObject("o").isPresent());
    assertRefused(
        "o",
        "o must be an object, not a string.",
        () -> input("{\"o\": \"x\"}").optionalObject("o"));
  }

  @Test
  void arraysOfObjectsAreCheckedElementByElement() {
    assertEquals(2, input("{\"a\": [{}, {}]}").objects("a").size());
    assertEquals(List.of(), input("{\"a\": []}").objects("a"));
    assertRefused("a", "a is required.", () -> input("{}").objects("a"));
    assertRefused(
        "a", "a must be an array, not an object.", () -> input("{\"a\": {}}").objects("a"));
    assertRefused(
        "a[1]",
        "a[1] must be an object, not a number.",
        () -> input("{\"a\": [{}, 3]}").objects("a"));
    assertRefused("a[0]", "a[0] must not be null.", () -> input("{\"a\": [null]}").objects("a"));
    assertEquals(List.of(), input("{}").optionalObjects("a"));
    assertEquals(List.of(), input("{\"a\": null}").optionalObjects("a"));
    assertRefused(
        "a[0]",
        "a[0] must be an object, not a string.",
        () -> input("{\"a\": [\"x\"]}").optionalObjects("a"));
  }

  // --- helpers ---

  private static JsonInput input(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return input(reader.readObject());
    }
  }

  private static JsonInput input(JsonObject json) {
    return JsonInput.of(json);
  }

  private static void assertRefused(String field, String message, Executable read) {
    InvalidInputException refused = assertThrows(InvalidInputException.class, read);
    assertEquals(field, refused.getField());
    assertEquals(message, refused.getMessage());
  }
}
