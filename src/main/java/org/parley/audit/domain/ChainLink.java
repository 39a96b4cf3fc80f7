package org.parley.audit.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A point of the audit chain: the position of an event in the one total order of all audit events
 * (1, 2, 3, … without gaps) and that event's hash. The chain starts after {@link #GENESIS}, the
 * fixed link that the first event points back to.
 *
 * @param position the event's place in the chain; 0 only for the genesis link
 * @param hash the event's SHA-256 hash, 64 lower-case hex digits
 */
public record ChainLink(long position, String hash) {

  // Initialised before GENESIS, which the constructor checks against it.
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

  /** What the first event links to: position 0, a hash of 64 zeros (docs/adr/0009). */
  public static final ChainLink GENESIS = new ChainLink(0, "0".repeat(64));

  public ChainLink {
    if (position < 0) {
      throw new IllegalArgumentException("A chain position is never negative: " + position);
    }
    if (hash == null || !HASH.matcher(hash).matches()) {
      throw new IllegalArgumentException("A chain hash is 64 lower-case hex digits: " + hash);
    }
  }

  /** The position the next event takes. */
  public long next() {
    return position + 1;
  }

  /**
   * A link written as {@code POSITION:HASH} (how an auditor records an anchor from a verification);
   * empty when the text is not one.
   */
  public static Optional<ChainLink> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    int colon = text.indexOf(':');
    if (colon <= 0 || !isHash(text.substring(colon + 1))) {
      return Optional.empty();
    }
    try {
      long position = Long.parseLong(text.substring(0, colon));
      return position > 0
          ? Optional.of(new ChainLink(position, text.substring(colon + 1)))
          : Optional.empty();
    } catch (NumberFormatException notANumber) {
      return Optional.empty();
    }
  }

  /** This link as {@code POSITION:HASH}, the form {@link #parse} reads. */
  public String format() {
    return position + ":" + hash;
  }

  /** Whether {@code text} is a well-formed chain hash. */
  public static boolean isHash(String text) {
    return text != null && HASH.matcher(text).matches();
  }
}
