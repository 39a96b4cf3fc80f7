package org.parley.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ContinueUrlTest {

  @ParameterizedTest
  @ValueSource(strings = {"/", "/admin/users.xhtml", "/index.xhtml?x=1&y=2"})
  void acceptsPathsInsideTheApplication(String target) {
    assertEquals(Optional.of(target), ContinueUrl.safe(target));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example",
        "evil.example",
        "/redirect?to=https://evil.example",
        "/index.xhtml\r\nSet-Cookie: x=y",
        "/login.xhtml",
        "/login.xhtml?continue=/"
      })
  void refusesAnythingElse(String target) {
    assertFalse(ContinueUrl.safe(target).isPresent());
  }
}
