package org.parley.audit.domain;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hash of an audit event: SHA-256 over a canonical encoding of the previous event's hash and of
 * every column of the event (docs/adr/0009). The encoding is unambiguous: every item carries its
 * length or a fixed size, every value its column name and a type tag, so no two different events
 * encode to the same bytes.
 *
 * <pre>
 *   string  FORMAT                       "parley-audit-chain/1"
 *   string  previous hash                64 hex digits
 *   int     number of present columns
 *   then, for each column whose value is not null, in ascending order of column name:
 *   string  column name                  lower case, as in the database ("occurred_at")
 *   byte    type tag, then the value:    'L' long (8 bytes) | 'S' string | 'T' instant as
 *                                        epoch second (8 bytes) and nano (4 bytes) | 'B' boolean
 * </pre>
 *
 * A string is its length in UTF-8 bytes (4 bytes) followed by those bytes; numbers are big-endian.
 * Columns whose value is null are left out, so a column added later (null in every older row) does
 * not change the hash of an older event.
 */
public final class AuditHash {

  /** Names this encoding; a different encoding would be a different chain. */
  public static final String FORMAT = "parley-audit-chain/1";

  private static final HexFormat HEX = HexFormat.of();

  private AuditHash() {}

  /** The event's hash, 64 lower-case hex digits. */
  public static String of(String previousHash, Map<String, ?> columns) {
    return HEX.formatHex(sha256(canonical(previousHash, columns)));
  }

  /** The canonical bytes that {@link #of} hashes. */
  public static byte[] canonical(String previousHash, Map<String, ?> columns) {
    if (previousHash == null) {
      throw new IllegalArgumentException("An event is hashed with its previous hash.");
    }
    Map<String, ?> present = new TreeMap<>(columns);
    present.values().removeIf(value -> value == null);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      writeString(out, FORMAT);
      writeString(out, previousHash);
      out.writeInt(present.size());
      for (Map.Entry<String, ?> column : present.entrySet()) {
        writeString(out, column.getKey());
        writeValue(out, column.getKey(), column.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void writeValue(DataOutputStream out, String column, Object value)
      throws IOException {
    if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      out.writeByte('L');
      out.writeLong(((Number) value).longValue());
    } else if (value instanceof String text) {
      out.writeByte('S');
      writeString(out, text);
    } else if (value instanceof Enum<?> constant) {
      // Enums are stored by name (@Enumerated(STRING)), so they hash as the string stored.
      out.writeByte('S');
      writeString(out, constant.name());
    } else if (value instanceof Instant instant) {
      out.writeByte('T');
      out.writeLong(instant.getEpochSecond());
      out.writeInt(instant.getNano());
    } else if (value instanceof Boolean flag) {
      out.writeByte('B');
      out.writeBoolean(flag);
    } else {
      throw new IllegalArgumentException(
          "Column " + column + " has a type the audit hash does not encode: " + value.getClass());
    }
  }

  private static void writeString(DataOutputStream out, String text) throws IOException {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static byte[] sha256(byte[] input) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(input);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
