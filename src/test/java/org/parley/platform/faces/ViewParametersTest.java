package org.parley.platform.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.shared.NotFoundException;

class ViewParametersTest {

  @Test
  void positiveIdIsRead() {
    assertEquals(42, ViewParameters.id("42"));
    assertEquals(7, ViewParameters.id(" 7 "));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "abc", "0", "-3", "1.5", "99999999999999999999"})
  void missingOrMalformedIdIsNotFound(String raw) {
    assertThrows(NotFoundException.class, () -> ViewParameters.id(raw));
  }
}
