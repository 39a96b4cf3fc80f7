package org.parley.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.shared.InvalidInputException;

class PageRequestTest {

  @Test
  void absentParametersMeanTheFirstPageOfDefaultSize() {
    assertEquals(new PageRequest(0, PageRequest.DEFAULT_SIZE), PageRequest.of(null, " "));
  }

  @Test
  void firstRowFollowsFromPageAndSize() {
    assertEquals(50, PageRequest.of("2", "25").first());
  }

  @ParameterizedTest(name = "page={0} size={1} is refused for {2}")
  @CsvSource({"-1, 10, page", "x, 10, page", "0, 0, size", "0, 101, size", "0, ten, size"})
  void refusesValuesOutOfRangeNamingTheField(String page, String size, String field) {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> PageRequest.of(page, size));
    assertEquals(field, refused.getField());
  }
}
