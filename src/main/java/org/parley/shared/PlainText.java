package org.parley.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * What Parley accepts as the text of a field (OWASP ASVS 4.0.3 5.1.3/5.1.4, NIST 800-53 SI-10): at
 * most the field's length, and only characters that show what they say. Text is <b>refused, never
 * silently changed</b>: a reviewer concurs on exactly what the drafter wrote, and a refusal names
 * the field and the character so that the author can remove it.
 *
 * <p>Refused in every field:
 *
 * <ul>
 *   <li>control characters (C0 but tab, line feed and carriage return; DEL; C1), which no keyboard
 *       types, PostgreSQL refuses (NUL) and XML forbids (Faces' ajax answers are XML);
 *   <li>the explicit bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 *       U+2066–U+2069), which make text display in another order than it is stored ("Trojan
 *       Source", CVE-2021-42574);
 *   <li>invisible characters with no typing purpose: zero-width space U+200B, word joiner and
 *       invisible operators U+2060–U+2064, the byte order mark U+FEFF, U+180E, tag characters
 *       U+E0000–U+E007F;
 *   <li>noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF and the like) and unpaired surrogates.
 * </ul>
 *
 * Allowed on purpose: the implicit direction marks LRM, RLM and ALM (U+200E, U+200F, U+061C) and
 * the zero-width (non-)joiners U+200C and U+200D, which Arabic, Persian, Indic scripts and emoji
 * need to display correctly; they cannot reorder text. One-line fields (titles) take no line break
 * or tab either (nor U+2028, U+2029); multi-line fields keep tab, line feed and carriage return.
 */
public final class PlainText {

  /** Why a text was refused: the first offending character and where it is. */
  public record Violation(Kind kind, int codePoint, int position) {

    /** "U+202E RIGHT-TO-LEFT OVERRIDE", for messages. */
    public String character() {
      String name = Character.getName(codePoint);
      String code = String.format(Locale.ROOT, "U+%04X", codePoint);
      return name == null ? code : code + " " + name;
    }

    /** The refusal in words, after the field's name. */
    public String describe() {
      return switch (kind) {
        case LINE_BREAK ->
            "must be one line: it contains a line break or tab ("
                + character()
                + ") at character "
                + position
                + ".";
        case INVISIBLE ->
            "contains "
                + character()
                + " at character "
                + position
                + ". Control characters, bidirectional overrides and invisible characters are"
                + " not accepted: they make text display differently from what is stored.";
      };
    }
  }

  /** The two kinds of refused characters. */
  public enum Kind {
    /** A line break or tab in a one-line field. */
    LINE_BREAK,
    /** A control, bidirectional-override or invisible character, in any field. */
    INVISIBLE
  }

  private PlainText() {}

  /**
   * {@code text} if it is a valid one-line text of at most {@code max} characters; else {@link
   * InvalidInputException} naming {@code field}. {@code null} passes (presence is the caller's
   * rule).
   */
  public static String oneLine(String field, String text, int max) {
    return checked(field, text, max, false);
  }

  /** As {@link #oneLine}, for a multi-line field: tab, line feed and carriage return are kept. */
  public static String multiLine(String field, String text, int max) {
    return checked(field, text, max, true);
  }

  /** The first character that {@code text} may not contain, if any. */
  public static Optional<Violation> violation(String text, boolean multiLine) {
    int position = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      position++;
      Kind kind = kind(codePoint, multiLine);
      if (kind != null) {
        return Optional.of(new Violation(kind, codePoint, position));
      }
      i += Character.charCount(codePoint);
    }
    return Optional.empty();
  }

  private static String checked(String field, String text, int max, boolean multiLine) {
    if (text == null) {
      return null;
    }
    if (text.length() > max) {
      throw new InvalidInputException(
          field,
          field + " is " + text.length() + " characters long; at most " + max + " are allowed.");
    }
    violation(text, multiLine)
        .ifPresent(
            found -> {
              throw new InvalidInputException(field, field + " " + found.describe());
            });
    return text;
  }

  private static Kind kind(int c, boolean multiLine) {
    if (c == '\t' || c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029) {
      return multiLine ? null : Kind.LINE_BREAK;
    }
    return refusedEverywhere(c) ? Kind.INVISIBLE : null;
  }

  private static boolean refusedEverywhere(int c) {
    return Character.getType(c) == Character.CONTROL
        || Character.getType(c) == Character.SURROGATE
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
