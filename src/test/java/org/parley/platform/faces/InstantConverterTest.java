package org.parley.platform.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.convert.ConverterException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InstantConverterTest {

  private final InstantConverter converter = new InstantConverter();

  @Test
  void showsInstantsInUtcToTheMinute() {
    assertEquals(
        "2026-11-29 14:05 UTC",
        converter.getAsString(null, null, Instant.parse("2026-11-29T14:05:59Z")));
  }

  @Test
  void readsBackWhatItShows() {
    assertEquals(
        Instant.parse("2026-11-29T14:05:00Z"),
        converter.getAsObject(null, null, "2026-11-29 14:05 UTC"));
  }

  @Test
  void blankIsNoInstant() {
    assertNull(converter.getAsObject(null, null, " "));
    assertEquals("", converter.getAsString(null, null, null));
  }

  @Test
  void refusesOtherFormats() {
    assertThrows(ConverterException.class, () -> converter.getAsObject(null, null, "yesterday"));
  }
}
