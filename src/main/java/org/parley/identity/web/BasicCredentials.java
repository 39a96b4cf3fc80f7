package org.parley.identity.web;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Reads HTTP Basic credentials (RFC 7617, UTF-8) from an {@code Authorization} header. */
final class BasicCredentials {

  private static final String SCHEME = "basic ";

  private BasicCredentials() {}

  /** The credential in {@code header}, or empty when it is absent, not Basic, or malformed. */
  static Optional<UsernamePasswordCredential> parse(String header) {
    if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(SCHEME.length()).trim()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
  }

  /** Whether the request tried Basic authentication at all, well-formed or not. */
  static boolean attempted(String header) {
    return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length() - 1);
  }
}
