package org.parley.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.shared.InvalidInputException;

class IdempotencyKeyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"a", "Z", "0", "-", "_", "retry-7_ok", "550e8400-e29b-41d4-a716-446655440000"})
  void acceptsOneToSixtyFourLettersDigitsDashesAndUnderscores(String value) {
    assertEquals(value, new IdempotencyKey(value).value());
  }

  @Test
  void acceptsSixtyFourCharactersAndRefusesSixtyFive() {
    assertEquals(64, new IdempotencyKey("k".repeat(64)).value().length());
    assertThrows(InvalidInputException.class, () -> new IdempotencyKey("k".repeat(65)));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {"", " ", "a b", "key\n", "ключ", "a/b", "a.b", "a:b", "<script>", "a;b", "é"})
  void refusesAnythingElseNamingTheHeader(String value) {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> new IdempotencyKey(value));
    assertEquals("Idempotency-Key", refused.getField());
    assertTrue(refused.getMessage().contains("1 to 64 characters"), refused.getMessage());
  }

  @Test
  void generatedKeysAreValidAndDistinct() {
    IdempotencyKey one = IdempotencyKey.generate();
    IdempotencyKey two = IdempotencyKey.generate();
    assertEquals(22, one.value().length());
    assertNotEquals(one, two);
  }

  @Test
  void derivedKeysAppendTheirSuffix() {
    IdempotencyKey key = new IdempotencyKey("view1");
    assertEquals("view1-c42", key.derive("c42").value());
    assertThrows(InvalidInputException.class, () -> key.derive("c 42"));
  }
}
