package org.parley.platform.idempotency;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;

/**
 * What makes two requests "the same": the hex SHA-256 of their parts (e.g. method, path, {@code
 * If-Match} and body). Each part is length-prefixed, so that {@code ("ab", "c")} and {@code ("a",
 * "bc")} differ, and a JSON body is {@linkplain #canonical canonical}, so that a client that sends
 * the same object with its properties in another order sends the same request.
 */
public final class RequestFingerprint {

  private RequestFingerprint() {}

  /** The fingerprint of {@code parts}; a null part counts as distinct from every string. */
  public static String of(Object... parts) {
    MessageDigest sha256 = sha256();
    for (Object part : parts) {
      if (part == null) {
        sha256.update((byte) 0);
        continue;
      }
      byte[] bytes =
          (part instanceof JsonValue json ? canonical(json) : part.toString())
              .getBytes(StandardCharsets.UTF_8);
      sha256.update((byte) 1);
      sha256.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
      sha256.update((byte) ':');
      sha256.update(bytes);
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  /**
   * A JSON value written with the properties of every object sorted by name and no whitespace;
   * numbers in their canonical decimal form ({@code 1.0} and {@code 1.00} alike).
   */
  public static String canonical(JsonValue value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(JsonValue value, StringBuilder out) {
    switch (value.getValueType()) {
      case OBJECT -> {
        out.append('{');
        String separator = "";
        for (var property : new TreeMap<>((JsonObject) value).entrySet()) {
          out.append(separator);
          out.append(jsonString(property.getKey())).append(':');
          write(property.getValue(), out);
          separator = ",";
        }
        out.append('}');
      }
      case ARRAY -> {
        out.append('[');
        String separator = "";
        for (JsonValue item : (JsonArray) value) {
          out.append(separator);
          write(item, out);
          separator = ",";
        }
        out.append(']');
      }
      case STRING -> out.append(jsonString(((JsonString) value).getString()));
      case NUMBER ->
          out.append(((JsonNumber) value).bigDecimalValue().stripTrailingZeros().toPlainString());
      default -> out.append(value);
    }
  }

  private static String jsonString(String text) {
    return jakarta.json.Json.createValue(text).toString();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
    }
  }
}
