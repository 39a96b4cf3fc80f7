package org.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StatsTest {

  @Test
  void percentileIsTheValueAtTheNearestRank() {
    List<Integer> oneToTwenty = IntStream.rangeClosed(1, 20).boxed().toList();
    assertEquals(19.0, Stats.percentile(oneToTwenty, 95));
    assertEquals(10.0, Stats.percentile(oneToTwenty, 50));
    assertEquals(20.0, Stats.percentile(oneToTwenty, 100));
    assertEquals(1.0, Stats.percentile(oneToTwenty, 1));
  }

  @Test
  void percentileSortsItsInputAndNeverInterpolates() {
    List<Double> shuffled = new ArrayList<>(List.of(9.5, 0.5, 3.0, 7.25, 1.0));
    assertEquals(9.5, Stats.percentile(shuffled, 95));
    assertEquals(3.0, Stats.percentile(shuffled, 50));
    assertEquals(List.of(9.5, 0.5, 3.0, 7.25, 1.0), shuffled);
  }

  @Test
  void oneValueIsEveryPercentile() {
    assertEquals(4.0, Stats.percentile(List.of(4L), 50));
    assertEquals(4.0, Stats.percentile(List.of(4L), 95));
  }

  @Test
  void noValuesHaveNoPercentileAndNoMean() {
    assertNull(Stats.percentile(List.of(), 95));
    assertNull(Stats.mean(List.of()));
  }

  @Test
  void percentileOutsideZeroToHundredIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Stats.percentile(List.of(1), 0));
    assertThrows(IllegalArgumentException.class, () -> Stats.percentile(List.of(1), 100.5));
  }

  @Test
  void meanIsTheArithmeticMean() {
    assertEquals(2.5, Stats.mean(List.of(1, 2, 3, 4)));
  }
}
