package org.parley.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BasicCredentialsTest {

  private static String basic(String userColonPassword) {
    return "Basic "
        + Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsUsernameAndPassword() {
    UsernamePasswordCredential credential =
        BasicCredentials.parse(basic("drafter:s3cret")).orElseThrow();

    assertEquals("drafter", credential.getCaller());
    assertEquals("s3cret", credential.getPasswordAsString());
  }

  @Test
  void passwordMayContainColonsAndNonAsciiCharacters() {
    UsernamePasswordCredential credential =
        BasicCredentials.parse(basic("state:pa:ss:wörd")).orElseThrow();

    assertEquals("state", credential.getCaller());
    assertEquals("pa:ss:wörd", credential.getPasswordAsString());
  }

  @Test
  void schemeIsCaseInsensitive() {
    assertTrue(BasicCredentials.parse(basic("a:b").replace("Basic", "bAsIc")).isPresent());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"Bearer abc", "Basic", "Basic !!!", "Basic " + "bm9jb2xvbg=="})
  void rejectsAbsentForeignAndMalformedHeaders(String header) {
    assertFalse(BasicCredentials.parse(header).isPresent());
  }

  @Test
  void rejectsAnEmptyUsername() {
    assertFalse(BasicCredentials.parse(basic(":password")).isPresent());
  }

  @Test
  void tellsAnAttemptAtBasicFromOtherSchemes() {
    assertTrue(BasicCredentials.attempted("Basic !!!"));
    assertTrue(BasicCredentials.attempted("Basic"));
    assertFalse(BasicCredentials.attempted("Bearer abc"));
    assertFalse(BasicCredentials.attempted(null));
  }
}
