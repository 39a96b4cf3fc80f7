package org.parley.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassificationTest {

  @ParameterizedTest(name = "{0} clearance may see {1}: {2}")
  @CsvSource({
    "UNCLASSIFIED, UNCLASSIFIED, true",
    "UNCLASSIFIED, CONFIDENTIAL, false",
    "CONFIDENTIAL, UNCLASSIFIED, true",
    "CONFIDENTIAL, SECRET, false",
    "SECRET, CONFIDENTIAL, true",
    "SECRET, TOP_SECRET, false",
    "TOP_SECRET, TOP_SECRET, true",
    "TOP_SECRET, UNCLASSIFIED, true"
  })
  void clearanceDominatesEqualAndLowerClassifications(
      Classification clearance, Classification marking, boolean mayView) {
    assertEquals(mayView, clearance.dominates(marking));
  }
}
