package org.parley.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogSafeTest {

  private static final String FORGED =
      "x\r\n2026-11-29 12:00:00,000 SEVERE [org.parley] FORGED LINE";

  @Test
  void escapesLineBreaksSoOneEventStaysOneLine() {
    assertEquals(
        "x\\r\\n2026-11-29 12:00:00,000 SEVERE [org.parley] FORGED LINE", LogSafe.text(FORGED));
  }

  @Test
  void escapesControlBidiAndInvisibleCharactersAndTheEscapeCharacterItself() {
    assertEquals(
        "a\\tb\\u0000c\\u001b[31md\\u202ee\\u200bf\\u2028g\\\\n",
        LogSafe.text("a\tb\u0000c\u001B[31md\u202Ee\u200Bf\u2028g\\n"));
  }

  @Test
  void leavesOrdinaryTextAsItIs() {
    String text = "Liaison office — 한반도 <script> #{7*191} ' OR 1=1 👩\u200D💻";
    assertEquals(text, LogSafe.text(text));
    assertEquals("null", LogSafe.text(null));
  }

  @Test
  void copiesAnExceptionChainWithEscapedMessagesAndTheOriginalNamesAndFrames() {
    IllegalStateException cause = new IllegalStateException("Value too long: '" + FORGED + "'");
    RuntimeException thrown = new RuntimeException("wrapped", cause);
    thrown.addSuppressed(new IllegalArgumentException("also\nthis"));

    Throwable safe = LogSafe.throwable(thrown);
    StringWriter printed = new StringWriter();
    safe.printStackTrace(new PrintWriter(printed));
    List<String> lines = printed.toString().lines().toList();

    assertEquals("java.lang.RuntimeException: wrapped", lines.get(0));
    assertTrue(
        lines.stream()
            .anyMatch(
                line ->
                    line.equals(
                        "Caused by: java.lang.IllegalStateException: Value too long: 'x\\r\\n"
                            + "2026-11-29 12:00:00,000 SEVERE [org.parley] FORGED LINE'")),
        printed.toString());
    assertTrue(printed.toString().contains("java.lang.IllegalArgumentException: also\\nthis"));
    assertFalse(lines.stream().anyMatch(line -> line.startsWith("2026-11-29")), printed.toString());
    assertEquals(thrown.getStackTrace()[0], safe.getStackTrace()[0]);
    assertEquals("wrapped", safe.getMessage());
  }

  @Test
  void copiesAnExceptionWithoutMessage() {
    Throwable safe = LogSafe.throwable(new NullPointerException());
    assertEquals("java.lang.NullPointerException", safe.toString());
    assertNull(safe.getMessage());
    assertNull(LogSafe.throwable(null));
  }
}
