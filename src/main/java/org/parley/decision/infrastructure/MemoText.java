package org.parley.decision.infrastructure;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * Text as the memo's standard PDF fonts can print it. Helvetica, as every PDF reader has it, covers
 * the Windows-1252 set: Western European letters (é, ü, ß), dashes (–, —), typographic quotes, the
 * euro sign. Anything else (Korean script, for one) would silently vanish from the page, so it is
 * replaced by a visible {@link #REPLACEMENT}, one per character, and the memo says how many
 * (docs/adr/0016).
 */
final class MemoText {

  static final char REPLACEMENT = '?';

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private MemoText() {}

  /** {@code value} with every character the fonts cannot show replaced; "" for null. */
  static String printable(String value) {
    if (value == null) {
      return "";
    }
    CharsetEncoder encoder = WINDOWS_1252.newEncoder();
    StringBuilder printable = new StringBuilder(value.length());
    value
        .codePoints()
        .forEach(
            c -> {
              if (printable(encoder, c)) {
                printable.append((char) c);
              } else {
                printable.append(REPLACEMENT);
              }
            });
    return printable.toString();
  }

  /** How many characters of {@code value} the fonts cannot show (0 for null). */
  static long unprintable(String value) {
    if (value == null) {
      return 0;
    }
    CharsetEncoder encoder = WINDOWS_1252.newEncoder();
    return value.codePoints().filter(c -> !printable(encoder, c)).count();
  }

  private static boolean printable(CharsetEncoder encoder, int codePoint) {
    if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
      return true;
    }
    return Character.isBmpCodePoint(codePoint)
        && !Character.isISOControl(codePoint)
        && encoder.canEncode((char) codePoint);
  }
}
