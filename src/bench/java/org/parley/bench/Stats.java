package org.parley.bench;

import java.util.Arrays;
import java.util.Collection;

/**
 * Summary statistics of measured times. Percentiles use the nearest-rank method: the p-th
 * percentile of n sorted values is the value at rank ceil(p/100 × n), so it is always a value that
 * was measured (no interpolation), and p95 of 20 values is the 19th.
 */
public final class Stats {

  private Stats() {}

  /**
   * The {@code percentile}-th percentile (0 < percentile ≤ 100) of {@code values}, nearest rank;
   * {@code null} when there are none.
   */
  public static Double percentile(Collection<? extends Number> values, double percentile) {
    if (!(percentile > 0 && percentile <= 100)) {
      throw new IllegalArgumentException("A percentile is above 0 and at most 100: " + percentile);
    }
    if (values.isEmpty()) {
      return null;
    }
    double[] sorted = values.stream().mapToDouble(Number::doubleValue).toArray();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }

  /** The arithmetic mean, {@code null} when there are no values. */
  public static Double mean(Collection<? extends Number> values) {
    return values.isEmpty()
        ? null
        : values.stream().mapToDouble(Number::doubleValue).average().orElseThrow();
  }
}
