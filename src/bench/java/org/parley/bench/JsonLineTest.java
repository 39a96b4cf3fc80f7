package org.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLineTest {

  @Test
  void writesKeysInOrderWithNumbersStringsBooleansAndNulls() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("workflows_per_s_1t", 123.45678);
    values.put("rows_per_transition", 5.0);
    values.put("workflows_measured", 600L);
    values.put("dashboard_p95_ms", null);
    values.put("db", "h2");
    values.put("boot_migrated_schema", false);
    assertEquals(
        "{\"workflows_per_s_1t\":123.457,\"rows_per_transition\":5,\"workflows_measured\":600,"
            + "\"dashboard_p95_ms\":null,\"db\":\"h2\",\"boot_migrated_schema\":false}",
        JsonLine.of(values));
  }

  @Test
  void isOneLineOfValidJsonEvenWithAwkwardStrings() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("bench_notes", "line one\nline \"two\"\t\\ \u0001 \u2014");
    values.put("not_a_number", Double.NaN);
    values.put("infinite", Double.POSITIVE_INFINITY);
    String line = JsonLine.of(values);
    assertFalse(line.contains("\n"));
    JsonObject parsed = Json.createReader(new StringReader(line)).readObject();
    assertEquals("line one\nline \"two\"\t\\ \u0001 \u2014", parsed.getString("bench_notes"));
    assertTrue(parsed.isNull("not_a_number"));
    assertTrue(parsed.isNull("infinite"));
  }

  @Test
  void theResultHoldsEveryKeyOfIssueSevenBeforeAnythingIsMeasured() {
    BenchConfig config =
        new BenchConfig(
            "postgresql",
            java.nio.file.Path.of("server"),
            java.nio.file.Path.of("data"),
            java.nio.file.Path.of("work"),
            400,
            8480,
            10,
            2,
            2,
            10,
            1000);
    JsonObject parsed =
        Json.createReader(new StringReader(JsonLine.of(new BenchMain(config).result())))
            .readObject();
    assertEquals(BenchMain.REQUIRED_KEYS, java.util.List.copyOf(parsed.keySet()));
    assertEquals("postgresql", parsed.getString("db"));
    assertTrue(parsed.isNull("workflows_per_s_4t"));
  }
}
