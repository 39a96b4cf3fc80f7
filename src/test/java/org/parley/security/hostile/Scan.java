package org.parley.security.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the battery looks for in every answer: stack traces, and the traces of an evaluated EL. */
final class Scan {

  /** A Java stack frame, as printStackTrace writes one. */
  private static final Pattern FRAME =
      Pattern.compile("(?m)^\\s*at\\s+[\\w$]+(?:\\.[\\w$<>]+)+\\([\\w$.]*(?::\\d+)?\\)");

  /** A qualified exception class name, or a simple one ending in Exception / Error. */
  private static final Pattern EXCEPTION =
      Pattern.compile(
          "\\b(?:java|javax|jakarta|org|com|io|sun|jdk)\\.(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*"
              + "(?:Exception|Error)\\b|\\b[A-Z][a-z][\\w$]*(?:Exception|Error)\\b|Caused by: ");

  /** What only an evaluated expression prints (7*191 is checked against each stored value). */
  private static final List<String> EL_MARKERS =
      List.of("parleyEL", "FacesContextImpl", "HttpServletRequestImpl", "java.lang.Runtime@");

  private static final Pattern EL =
      Pattern.compile("[#$]\\{7\\*191}|\\{\\{7\\*191}}|<%= 7\\*191 %>|%\\{7\\*191}");

  private Scan() {}

  /** The stack frames and exception class names in {@code text}. */
  static List<String> stackTraces(String text) {
    List<String> found = new ArrayList<>();
    Matcher frames = FRAME.matcher(text);
    while (frames.find() && found.size() < 5) {
      found.add(frames.group().trim());
    }
    Matcher names = EXCEPTION.matcher(text);
    while (names.find() && found.size() < 10) {
      found.add(names.group());
    }
    return found;
  }

  /** The markers of an evaluated expression in {@code text}. */
  static List<String> elMarkers(String text) {
    return EL_MARKERS.stream().filter(text::contains).toList();
  }

  /**
   * Whether {@code text} shows {@code value} as a page shows it: literally, with whitespace (which
   * HTML collapses and word diffs split) and line-break forms left out of the comparison.
   */
  static boolean shows(String text, String value) {
    return squeeze(text).contains(squeeze(value));
  }

  /**
   * Whether {@code text} holds {@code value} with its arithmetic expressions computed: what an
   * evaluation of the stored value would show instead of the value itself.
   */
  static boolean showsEvaluated(String text, String value) {
    String evaluated = EL.matcher(value).replaceAll("1337");
    return !evaluated.equals(value) && squeeze(text).contains(squeeze(evaluated));
  }

  static String squeeze(String text) {
    StringBuilder squeezed = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(squeezed::appendCodePoint);
    return squeezed.toString();
  }
}
