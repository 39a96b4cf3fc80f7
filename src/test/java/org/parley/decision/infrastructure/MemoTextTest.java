package org.parley.decision.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemoTextTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "plain ASCII | plain ASCII | 0",
        "em — and en – dashes | em — and en – dashes | 0",
        "é à ü ß ç ñ Ø | é à ü ß ç ñ Ø | 0",
        "“quotes” ‘single’ … € | “quotes” ‘single’ … € | 0",
        "김정은 | ??? | 3",
        "Ж and ω | ? and ? | 2",
        "emoji 😀 is one code point | emoji ? is one code point | 1"
      })
  void replacesOnlyWhatTheStandardFontsCannotShow(String text, String printed, long replaced) {
    assertEquals(printed, MemoText.printable(text));
    assertEquals(replaced, MemoText.unprintable(text));
  }

  @org.junit.jupiter.api.Test
  void keepsLineBreaksAndTabsAndReadsNullAsEmpty() {
    assertEquals("a\nb\r\nc\td", MemoText.printable("a\nb\r\nc\td"));
    assertEquals("", MemoText.printable(null));
    assertEquals(0, MemoText.unprintable(null));
  }
}
