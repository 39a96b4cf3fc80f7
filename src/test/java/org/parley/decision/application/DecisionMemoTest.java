package org.parley.decision.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecisionMemoTest {

  @ParameterizedTest(name = "{0} v{1}")
  @CsvSource({
    "DPRK-2026-0003, 2, DPRK-2026-0003-v2-memo.pdf",
    "IRAN-2026-0101, 12, IRAN-2026-0101-v12-memo.pdf",
    "'A\"B; x=1', 1, A_B__x_1-v1-memo.pdf",
    "Pyŏngyang/../etc, 3, Py_ngyang____etc-v3-memo.pdf"
  })
  void theFileNameIsTheReferenceAndVersionInHeaderSafeCharacters(
      String reference, int version, String fileName) {
    assertEquals(fileName, DecisionMemo.fileName(reference, version));
  }
}
