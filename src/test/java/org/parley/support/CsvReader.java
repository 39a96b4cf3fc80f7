package org.parley.support;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 reader for the tests, written independently of {@code platform.CsvWriter}: quoted
 * cells with doubled quotes, records ending in CR LF, a leading byte order mark skipped. Proves
 * that an export reads back cell for cell.
 */
public final class CsvReader {

  private CsvReader() {}

  /** The records of {@code csv}, each a list of its cells. */
  public static List<List<String>> parse(String csv) {
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    if (!row.isEmpty() || cell.length() > 0) {
      throw new IllegalArgumentException("The last record does not end with CR LF.");
    }
    return rows;
  }
}
