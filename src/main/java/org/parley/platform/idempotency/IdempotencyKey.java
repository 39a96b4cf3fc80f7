package org.parley.platform.idempotency;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import org.parley.shared.InvalidInputException;

/**
 * A client's name for one intended command: 1 to {@value #MAX_LENGTH} characters of {@code
 * A-Za-z0-9_-} (URL- and header-safe, and so never in need of escaping in a log line). Unique per
 * user; keys of one user mean nothing for another.
 *
 * @param value the key as sent
 */
public record IdempotencyKey(String value) implements Serializable {

  /** The request header that carries a key. */
  public static final String HEADER = "Idempotency-Key";

  /** The longest key accepted. */
  public static final int MAX_LENGTH = 64;

  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");
  private static final SecureRandom RANDOM = new SecureRandom();

  public IdempotencyKey {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new InvalidInputException(
          HEADER,
          "The "
              + HEADER
              + " header must be 1 to "
              + MAX_LENGTH
              + " characters of A-Z, a-z, 0-9, '-' and '_'.");
    }
  }

  /** A fresh random key (128 bits, 22 characters): what a page holds for the commands of a view. */
  public static IdempotencyKey generate() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return new IdempotencyKey(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /**
   * A key for one of several commands a view may send (one per comment answered, say): this key
   * with {@code -suffix}. Refused like any key when the result is not a valid one.
   */
  public IdempotencyKey derive(String suffix) {
    return new IdempotencyKey(value + "-" + suffix);
  }

  @Override
  public String toString() {
    return value;
  }
}
