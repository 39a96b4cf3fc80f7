package org.parley.audit.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AuditHashTest {

  private static final String PREVIOUS = "ab".repeat(32);

  private static Map<String, Object> event() {
    Map<String, Object> columns = new TreeMap<>();
    columns.put("id", 1042L);
    columns.put("chain_position", 77L);
    columns.put("occurred_at", Instant.parse("2026-10-05T16:00:00.123456Z"));
    columns.put("actor", "principal");
    columns.put("action", AuditAction.DECIDED);
    columns.put("proposal_id", 1L);
    columns.put("from_status", "AWAITING_DECISION");
    columns.put("to_status", "APPROVED");
    columns.put("version_number", 2);
    columns.put("detail", "APPROVED_WITH_CONDITIONS: relief snaps back.");
    return columns;
  }

  @Test
  void theEncodingIsFrozen() {
    // Changing the encoding breaks every stored chain: this value may only change with a new
    // FORMAT and a migration that re-links every event (docs/adr/0009). It was cross-checked with
    // an independent implementation of the encoding as AuditHash's Javadoc documents it.
    assertEquals(
        "dfc0a2bae28878360a51902b80f44ddee906f60a55c6b1bf1c221363ae561be2",
        AuditHash.of(PREVIOUS, event()));
  }

  @Test
  void theHashIsSixtyFourLowerCaseHexDigitsAndDependsOnlyOnTheValues() {
    Map<String, Object> reordered = new LinkedHashMap<>();
    event().entrySet().stream()
        .sorted(Map.Entry.<String, Object>comparingByKey().reversed())
        .forEach(column -> reordered.put(column.getKey(), column.getValue()));

    String hash = AuditHash.of(PREVIOUS, event());
    assertTrue(ChainLink.isHash(hash), hash);
    assertEquals(hash, AuditHash.of(PREVIOUS, reordered));
  }

  @Test
  void changingAnyColumnChangesTheHash() {
    String original = AuditHash.of(PREVIOUS, event());
    Map<String, Object> changed =
        Map.of(
            "id",
            1043L,
            "chain_position",
            78L,
            "occurred_at",
            Instant.parse("2026-10-05T16:00:00.123457Z"),
            "actor",
            "deputy",
            "action",
            AuditAction.WITHDRAWN,
            "proposal_id",
            2L,
            "from_status",
            "IN_CLEARANCE",
            "to_status",
            "REJECTED",
            "version_number",
            3,
            "detail",
            "APPROVED_WITH_CONDITIONS: relief snaps back!");
    assertEquals(event().keySet(), changed.keySet());
    for (String column : event().keySet()) {
      Map<String, Object> altered = event();
      altered.put(column, changed.get(column));
      assertNotEquals(original, AuditHash.of(PREVIOUS, altered), column);
      altered.remove(column);
      assertNotEquals(original, AuditHash.of(PREVIOUS, altered), column + " removed");
    }
  }

  @Test
  void thePreviousHashIsPartOfTheHash() {
    assertNotEquals(
        AuditHash.of(PREVIOUS, event()), AuditHash.of(ChainLink.GENESIS.hash(), event()));
  }

  @Test
  void valuesCannotBeShiftedAcrossColumnBoundaries() {
    assertNotEquals(
        AuditHash.of(PREVIOUS, Map.of("actor", "ab", "detail", "c")),
        AuditHash.of(PREVIOUS, Map.of("actor", "a", "detail", "bc")));
    assertNotEquals(
        AuditHash.of(PREVIOUS, Map.of("actor", "envoy")),
        AuditHash.of(PREVIOUS, Map.of("acting_for", "envoy")));
    assertNotEquals(
        AuditHash.of(PREVIOUS, Map.of("detail", "a", "actor", "b")),
        AuditHash.of(PREVIOUS, Map.of("detail", "b", "actor", "a")));
  }

  @Test
  void typesAreTaggedSoAStringNeverPassesForANumber() {
    assertNotEquals(
        AuditHash.of(PREVIOUS, Map.of("version_number", 12L)),
        AuditHash.of(PREVIOUS, Map.of("version_number", "12")));
    assertNotEquals(AuditHash.of(PREVIOUS, Map.of("detail", "")), AuditHash.of(PREVIOUS, Map.of()));
  }

  @Test
  void aNullColumnHashesAsAnAbsentOneSoAddedColumnsKeepOlderHashes() {
    Map<String, Object> withNull = new HashMap<>(event());
    withNull.put("acting_for", null);
    withNull.put("column_added_later", null);

    assertEquals(AuditHash.of(PREVIOUS, event()), AuditHash.of(PREVIOUS, withNull));
  }

  @Test
  void numbersHashAlikeWhateverTheirJavaTypeAndEnumsAsTheirStoredName() {
    // JDBC reads every integer column as a long, the entity holds Integer and Long; an enum is
    // stored by name (@Enumerated(STRING)) and read back as a string.
    assertEquals(
        AuditHash.of(PREVIOUS, Map.of("version_number", 2, "action", AuditAction.EDITED)),
        AuditHash.of(PREVIOUS, Map.of("version_number", 2L, "action", "EDITED")));
  }

  @Test
  void theCanonicalBytesStartWithTheFormatAndThePreviousHash() {
    byte[] canonical = AuditHash.canonical(PREVIOUS, event());
    byte[] format = AuditHash.FORMAT.getBytes(StandardCharsets.US_ASCII);

    assertArrayEquals(new byte[] {0, 0, 0, (byte) format.length}, Arrays.copyOf(canonical, 4));
    assertArrayEquals(format, Arrays.copyOfRange(canonical, 4, 4 + format.length));
    assertArrayEquals(
        PREVIOUS.getBytes(StandardCharsets.US_ASCII),
        Arrays.copyOfRange(canonical, 8 + format.length, 8 + format.length + 64));
  }

  @Test
  void aValueOfATypeWithoutEncodingIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> AuditHash.of(PREVIOUS, Map.of("amount", BigDecimal.ONE)));
    assertThrows(IllegalArgumentException.class, () -> AuditHash.of(null, event()));
  }
}
