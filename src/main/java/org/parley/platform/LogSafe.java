package org.parley.platform;

import java.util.Locale;
import org.parley.shared.PlainText;

/**
 * Text on its way into a log line (OWASP ASVS 4.0.3 7.3.1, NIST 800-53 AU-9/SI-10): a value that a
 * user or client wrote can carry a line break, which would let it start a forged log line, or a
 * control or bidirectional character, which would garble a log viewer. Such characters are written
 * as escapes ({@code \r}, {@code \n}, {@code \t}, {@code \\}, {@code \u202e}), so one event stays
 * one line and says what was sent. Use it for every value that did not come from Parley's own code.
 */
public final class LogSafe {

  private LogSafe() {}

  /** {@code text} with line breaks, controls and invisible characters escaped; "null" for null. */
  public static String text(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder safe = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> append(safe, c));
    return safe.toString();
  }

  /**
   * A copy of {@code thrown} and its causes whose messages are {@linkplain #text escaped}, with the
   * original class names and stack frames, for logging an exception whose message may quote input
   * (a database error quotes the value it refused).
   */
  public static Throwable throwable(Throwable thrown) {
    return thrown == null ? null : new Escaped(thrown, 0);
  }

  private static void append(StringBuilder safe, int c) {
    switch (c) {
      case '\\' -> safe.append("\\\\");
      case '\r' -> safe.append("\\r");
      case '\n' -> safe.append("\\n");
      case '\t' -> safe.append("\\t");
      default -> {
        String one = new String(Character.toChars(c));
        if (PlainText.violation(one, true).isPresent() || c == 0x2028 || c == 0x2029) {
          for (char unit : Character.toChars(c)) {
            safe.append(String.format(Locale.ROOT, "\\u%04x", (int) unit));
          }
        } else {
          safe.appendCodePoint(c);
        }
      }
    }
  }

  /** A stand-in that prints as the original exception, with its message escaped. */
  private static final class Escaped extends Throwable {

    private static final long serialVersionUID = 1L;

    /** Causes deeper than this are not copied (a cycle would never end). */
    private static final int MAX_DEPTH = 32;

    private final String shown;

    Escaped(Throwable original, int depth) {
      super(
          original.getMessage() == null ? null : LogSafe.text(original.getMessage()),
          original.getCause() == null || depth >= MAX_DEPTH
              ? null
              : new Escaped(original.getCause(), depth + 1),
          true,
          true);
      String message = original.getMessage();
      this.shown =
          original.getClass().getName() + (message == null ? "" : ": " + LogSafe.text(message));
      setStackTrace(original.getStackTrace());
      if (depth < MAX_DEPTH) {
        for (Throwable suppressed : original.getSuppressed()) {
          addSuppressed(new Escaped(suppressed, depth + 1));
        }
      }
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }

    @Override
    public String toString() {
      return shown;
    }
  }
}
