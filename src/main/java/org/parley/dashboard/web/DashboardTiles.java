package org.parley.dashboard.web;

import java.util.List;
import org.parley.dashboard.application.Bottleneck;
import org.parley.dashboard.application.DashboardFigures;
import org.parley.dashboard.application.DashboardFigures.DecisionCount;
import org.parley.dashboard.application.DashboardFigures.TierLeverage;
import org.parley.dashboard.application.Tile;

/**
 * What the dashboard's tiles show for one count of the figures: the figures themselves (the
 * tables), a chart per tile, the slowest agency in words, the labelled rows of the time-based and
 * tiered tiles with their drill-down keys, and each tile's total (its "show all" link).
 *
 * @param bottleneck the slowest agency, {@code null} when no agency took a position in the period
 */
public record DashboardTiles(
    DashboardFigures figures,
    String pipelineChart,
    String clearanceChart,
    String overdueChart,
    String objectionsChart,
    String decisionsChart,
    String leverageChart,
    Bottleneck bottleneck,
    List<DecisionRow> decisions,
    List<LeverageRow> leverage,
    Totals totals) {

  /** One week or month of decisions, labelled. */
  public record DecisionRow(String period, String start, DecisionCount count) {}

  /** One tier of leverage, labelled, with its drill-down key (1, 2, 3 or NONE). */
  public record LeverageRow(String key, String label, TierLeverage figures) {}

  /** Each tile's total: what its "show all" drill-down lists. */
  public record Totals(
      long proposals,
      long positions,
      long overdueSlots,
      long objections,
      long approved,
      long returned,
      long rejected,
      long steps) {

    public long decisions() {
      return approved + returned + rejected;
    }
  }

  static DashboardTiles of(DashboardFigures figures, DashboardCharts charts) {
    List<DecisionRow> decisions =
        figures.decisions().stream()
            .map(
                d ->
                    new DecisionRow(
                        charts.period(figures.decisionBucket(), d), d.start().toString(), d))
            .toList();
    List<LeverageRow> leverage =
        figures.leverage().stream()
            .map(
                t ->
                    new LeverageRow(
                        t.tier() == null ? Tile.NO_INSTRUMENT : t.tier().toString(),
                        charts.tier(t),
                        t))
            .toList();
    return new DashboardTiles(
        figures,
        charts.pipeline(figures),
        charts.clearanceTime(figures),
        charts.overdueSlots(figures),
        charts.objections(figures),
        charts.decisions(figures),
        charts.leverage(figures),
        figures.bottleneck().orElse(null),
        decisions,
        leverage,
        totals(figures));
  }

  private static Totals totals(DashboardFigures f) {
    return new Totals(
        f.proposals(),
        f.clearanceTimes().stream().mapToLong(t -> t.positions()).sum(),
        f.overdueSlots().stream().mapToLong(a -> a.count()).sum(),
        f.objections().stream().mapToLong(o -> o.nonConcurrences() + o.changesRequested()).sum(),
        f.decisions().stream().mapToLong(DecisionCount::approved).sum(),
        f.decisions().stream().mapToLong(DecisionCount::returned).sum(),
        f.decisions().stream().mapToLong(DecisionCount::rejected).sum(),
        f.leverage().stream().mapToLong(TierLeverage::steps).sum());
  }
}
