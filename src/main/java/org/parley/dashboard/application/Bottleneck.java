package org.parley.dashboard.application;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.parley.dashboard.application.DashboardFigures.ClearanceTime;
import org.parley.shared.Agency;

/**
 * Where clearance is slowest: the agency with the longest median time to a position in the period,
 * the longer 90th percentile breaking a tie, then the agency order. Agencies that took no position
 * are not weighed.
 */
public record Bottleneck(Agency agency, double medianHours, double p90Hours, long positions)
    implements Serializable {

  /** The slowest agency of {@code times}; empty when no agency took a position. */
  public static Optional<Bottleneck> of(List<ClearanceTime> times) {
    return times.stream()
        .filter(t -> t.positions() > 0 && t.medianHours() != null)
        .max(
            Comparator.comparingDouble((ClearanceTime t) -> t.medianHours())
                .thenComparingDouble(t -> t.p90Hours() == null ? 0 : t.p90Hours())
                .thenComparing(t -> t.agency(), Comparator.reverseOrder()))
        .map(
            t ->
                new Bottleneck(
                    t.agency(),
                    t.medianHours(),
                    t.p90Hours() == null ? t.medianHours() : t.p90Hours(),
                    t.positions()));
  }
}
