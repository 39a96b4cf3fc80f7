package org.parley.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Liaison office in Pyongyang",
        "<script>alert(1)</script>",
        "#{7*191} ${7*191}",
        "' OR '1'='1",
        "=HYPERLINK(\"x\")",
        "한반도 비핵화",
        "مرحبا بالعالم",
        "Mixed \u200Fעברית\u200E text",
        "e\u0301 combining",
        "👩\u200D💻 emoji with a joiner",
        "Persian \u200C non-joiner",
        "Tag \uD83C\uDFF4 flag base"
      })
  void acceptsTextThatShowsWhatItSays(String text) {
    assertEquals(text, PlainText.oneLine("title", text, 200));
    assertEquals(text, PlainText.multiLine("summary", text, 200));
  }

  @Test
  void multiLineFieldsKeepLineBreaksAndTabs() {
    String text = "First line\r\nsecond\tline\nthird\rfourth\u2028fifth\u2029";
    assertEquals(text, PlainText.multiLine("summary", text, 4000));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\nb", "a\rb", "a\r\nb", "a\tb", "a\u2028b", "a\u2029b"})
  void oneLineFieldsRefuseLineBreaksAndTabs(String text) {
    InvalidInputException refusal =
        assertThrows(InvalidInputException.class, () -> PlainText.oneLine("title", text, 200));
    assertEquals("title", refusal.getField());
    assertTrue(refusal.getMessage().startsWith("title must be one line"), refusal.getMessage());
    assertTrue(refusal.getMessage().contains("at character 2"), refusal.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      ints = {
        0x0000, 0x0001, 0x0007, 0x0008, 0x000B, 0x000C, 0x001B, 0x001F, 0x007F, 0x0080, 0x0085,
        0x009F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200B,
        0x2060, 0x2061, 0x2064, 0xFEFF, 0x180E, 0xE0001, 0xE0041, 0xE007F, 0xFDD0, 0xFDEF, 0xFFFE,
        0xFFFF, 0x1FFFF, 0xD800, 0xDFFF
      })
  void refusesControlBidiAndInvisibleCharactersInEveryField(int codePoint) {
    String text = "ab" + new String(Character.toChars(codePoint)) + "cd";
    for (boolean multiLine : new boolean[] {false, true}) {
      InvalidInputException refusal =
          assertThrows(
              InvalidInputException.class,
              () ->
                  (multiLine
                          ? PlainText.multiLine("f", text, 99)
                          : PlainText.oneLine("f", text, 99))
                      .length());
      assertEquals("f", refusal.getField());
      assertTrue(
          refusal.getMessage().contains(String.format("U+%04X", codePoint)), refusal.getMessage());
      assertTrue(refusal.getMessage().contains("at character 3"), refusal.getMessage());
    }
  }

  @Test
  void namesTheCharacterInWords() {
    InvalidInputException refusal =
        assertThrows(
            InvalidInputException.class,
            () -> PlainText.multiLine("comments[2].text", "abc\u202Efdp.exe", 4000));
    assertEquals("comments[2].text", refusal.getField());
    assertEquals(
        "comments[2].text contains U+202E RIGHT-TO-LEFT OVERRIDE at character 4. Control"
            + " characters, bidirectional overrides and invisible characters are not accepted:"
            + " they make text display differently from what is stored.",
        refusal.getMessage());
  }

  @Test
  void countsPositionsInCharactersNotUtf16Units() {
    assertEquals(3, PlainText.violation("😀😀\u0000", false).orElseThrow().position());
  }

  @Test
  void refusesTextLongerThanTheField() {
    assertEquals("x".repeat(200), PlainText.oneLine("title", "x".repeat(200), 200));
    InvalidInputException refusal =
        assertThrows(
            InvalidInputException.class, () -> PlainText.oneLine("title", "x".repeat(201), 200));
    assertEquals("title", refusal.getField());
    assertEquals("title is 201 characters long; at most 200 are allowed.", refusal.getMessage());
  }

  @Test
  void lengthIsCheckedBeforeCharactersSoAHugeTextIsNotScanned() {
    InvalidInputException refusal =
        assertThrows(
            InvalidInputException.class,
            () -> PlainText.multiLine("summary", "\u0000".repeat(5000), 4000));
    assertTrue(refusal.getMessage().contains("5000 characters long"), refusal.getMessage());
  }

  @Test
  void nullIsLeftToTheCallersPresenceRule() {
    assertNull(PlainText.oneLine("title", null, 200));
    assertNull(PlainText.multiLine("reason", null, 2000));
  }
}
