package org.parley.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignInNameTest {

  @ParameterizedTest
  @ValueSource(strings = {"drafter", "Drafter", " drafter ", "DRAFTER\t", "ｄｒａｆｔｅｒ"})
  void spellingsOfOneNameShareOneKey(String submitted) {
    assertEquals(SignInName.of("drafter").key(), SignInName.of(submitted).key());
    assertEquals("drafter", SignInName.of(submitted).normalised());
  }

  @Test
  void differentNamesHaveDifferentKeys() {
    assertNotEquals(SignInName.of("drafter").key(), SignInName.of("drafter2").key());
  }

  @Test
  void theKeyIsAHashNeverTheNameAndFitsItsColumn() {
    String typedPassword = "Parley-Demo-2026";

    SignInName name = SignInName.of(typedPassword);

    assertEquals(64, name.key().length());
    assertTrue(name.key().matches("[0-9a-f]{64}"));
    assertFalse(name.key().contains("parley"));
    assertFalse(name.toString().toLowerCase().contains("parley"), name.toString());
    assertEquals(64, SignInName.of("x".repeat(10_000)).key().length());
  }

  @Test
  void missingNameIsTheEmptyName() {
    assertEquals(SignInName.of("").key(), SignInName.of(null).key());
    assertEquals(SignInName.of("  ").key(), SignInName.of(null).key());
  }
}
