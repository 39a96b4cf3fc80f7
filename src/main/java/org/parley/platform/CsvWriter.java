package org.parley.platform;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes comma-separated values as RFC 4180 has them, safe to open in a spreadsheet (OWASP "CSV
 * Injection"; ASVS 4.0.3 5.3.1, output encoding for the interpreter that reads it):
 *
 * <ul>
 *   <li>every cell is quoted, and a double quote inside it doubled, so commas, quotes and line
 *       breaks stay inside their cell;
 *   <li>a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return,
 *       which a spreadsheet would run as a formula, gets a single quote in front, which
 *       spreadsheets show as text ({@code '=1+1} is shown as {@code =1+1} and not computed);
 *   <li>records end with CR LF; the bytes are UTF-8 with a byte order mark, by which spreadsheets
 *       recognise UTF-8.
 * </ul>
 *
 * Plain code rather than a library: RFC 4180 is a page long, and no CSV library neutralises
 * formulas, which is the part that matters here.
 */
public final class CsvWriter {

  /** The UTF-8 byte order mark, first in the file. */
  public static final String BOM = "\uFEFF";

  /** What the file's media type is: RFC 4180's, with the charset and the header row declared. */
  public static final String MEDIA_TYPE = "text/csv; charset=UTF-8; header=present";

  private final StringBuilder out = new StringBuilder(BOM);

  /** Appends one record; a null cell is written as an empty one. */
  public CsvWriter row(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells.get(i)));
    }
    out.append("\r\n");
    return this;
  }

  /** What has been written, as text. */
  @Override
  public String toString() {
    return out.toString();
  }

  /** What has been written, as UTF-8 bytes. */
  public byte[] bytes() {
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** One cell, neutralised and quoted. */
  static String cell(String value) {
    String text = value == null ? "" : value;
    if (startsLikeAFormula(text)) {
      text = "'" + text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  /**
   * Whether a spreadsheet would take the cell for a formula (OWASP's list of leading characters).
   */
  static boolean startsLikeAFormula(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }
}
