package org.parley.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A user name as submitted at sign-in, reduced to the key its failures are counted under.
 *
 * <p>The name is normalised (Unicode NFKC, surrounding blanks stripped, lower case), so that {@code
 * " Drafter"} and {@code "drafter"} share one count and an attacker cannot dodge the throttle by
 * varying the spelling. The {@linkplain #key() key} is the SHA-256 of that normal form in hex: what
 * people type into the user name field is sometimes their password, and it must not be stored or
 * logged in clear (ASVS 7.1.1). The key is the same on every node and after a restart.
 *
 * @param normalised the normal form, kept in memory only (never stored)
 * @param key the hex SHA-256 of the normal form, 64 characters
 */
public record SignInName(String normalised, String key) {

  /** The name as submitted, {@code null} read as empty. */
  public static SignInName of(String submitted) {
    String normalised =
        Normalizer.normalize(submitted == null ? "" : submitted, Normalizer.Form.NFKC)
            .strip()
            .toLowerCase(Locale.ROOT);
    return new SignInName(normalised, sha256(normalised));
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "SignInName[" + key.substring(0, 12) + "…]";
  }
}
