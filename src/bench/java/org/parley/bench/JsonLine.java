package org.parley.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The benchmark's result as one line of JSON: keys in the order given, values that are numbers
 * (non-integral ones rounded to three decimals; NaN and infinities become {@code null}), strings,
 * booleans or {@code null}. Anything else is written as its string.
 */
public final class JsonLine {

  private JsonLine() {}

  /** {@code values} as one line of JSON, in their iteration order. */
  public static String of(Map<String, ?> values) {
    StringBuilder json = new StringBuilder("{");
    values.forEach(
        (key, value) -> {
          if (json.length() > 1) {
            json.append(',');
          }
          string(json, key);
          json.append(':');
          value(json, value);
        });
    return json.append('}').toString();
  }

  private static void value(StringBuilder json, Object value) {
    if (value == null) {
      json.append("null");
    } else if (value instanceof Boolean flag) {
      json.append(flag);
    } else if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      json.append(value);
    } else if (value instanceof Number number) {
      double d = number.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        json.append("null");
      } else {
        BigDecimal rounded = BigDecimal.valueOf(d).setScale(3, RoundingMode.HALF_UP);
        json.append(rounded.stripTrailingZeros().toPlainString());
      }
    } else {
      string(json, value.toString());
    }
  }

  private static void string(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }
}
