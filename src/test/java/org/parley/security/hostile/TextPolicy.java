package org.parley.security.hostile;

/**
 * The battery's oracle: which texts a field must accept. Written from the rule in {@code
 * org.parley.shared.PlainText}'s documentation, not from its code, so that the two check each
 * other: at most the field's length; no control characters (tab, line feed, carriage return, U+2028
 * and U+2029 only in multi-line fields), no bidirectional embeddings, overrides or isolates, no
 * zero-width space, word joiner, invisible operators, byte order mark, Mongolian vowel separator or
 * tag characters, no noncharacters and no unpaired surrogates.
 */
final class TextPolicy {

  private TextPolicy() {}

  static boolean accepts(String text, int max, boolean multiLine) {
    return text.length() <= max && text.codePoints().noneMatch(c -> refused(c, multiLine));
  }

  private static boolean refused(int c, boolean multiLine) {
    if (c == '\t' || c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029) {
      return !multiLine;
    }
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || (c >= 0xD800 && c <= 0xDFFF)
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200B
        || (c >= 0x2060 && c <= 0x2064)
        || c == 0xFEFF
        || c == 0x180E
        || (c >= 0xE0000 && c <= 0xE007F)
        || (c >= 0xFDD0 && c <= 0xFDEF)
        || (c & 0xFFFE) == 0xFFFE;
  }
}
