package org.parley.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.shared.InvalidInputException;

/** The one {@code If-Match} rule of every resource edited with a version. */
class IfMatchTest {

  @Test
  void aStrongTagQuotedOrBareNamesTheVersion() {
    assertEquals(7, IfMatch.version("\"7\""));
    assertEquals(7, IfMatch.version("7"));
    assertEquals(0, IfMatch.version(" \"0\" "));
    assertEquals(123456789012345678L, IfMatch.version("\"123456789012345678\""));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"W/\"7\"", "\"7\", \"8\"", "*", "\"x\"", "", "\"7", "-1", "1234567890123456789"})
  void anythingElseIsRefusedNamingTheHeader(String header) {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> IfMatch.version(header));
    assertEquals("If-Match", refused.getField());
  }

  @Test
  void anAbsentOrBlankHeaderIsMissing() {
    assertTrue(IfMatch.isMissing(null));
    assertTrue(IfMatch.isMissing("  "));
    assertFalse(IfMatch.isMissing("\"1\""));
  }
}
