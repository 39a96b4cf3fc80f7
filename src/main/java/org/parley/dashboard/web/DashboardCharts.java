package org.parley.dashboard.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.parley.dashboard.application.DashboardFigures;
import org.parley.dashboard.application.DashboardFigures.ClearanceTime;
import org.parley.dashboard.application.DashboardFigures.DecisionCount;
import org.parley.dashboard.application.DashboardFigures.TierLeverage;
import org.parley.dashboard.application.DashboardFilter;

/**
 * The dashboard's tiles as Chart.js configurations, the values of PrimeFaces' {@code p:chart}: bar
 * charts with titled axes, series told apart by colour and pattern of the Okabe–Ito palette (safe
 * for colour-blind readers), no animation. Texts come from the bundle through {@code msg}.
 * PrimeFaces writes a configuration into a script of the page, so characters that could end a
 * script are escaped.
 */
final class DashboardCharts {

  /** Okabe–Ito: blue, orange, bluish green, vermillion, reddish purple. */
  static final String BLUE = "#0072b2";

  static final String ORANGE = "#e69f00";
  static final String GREEN = "#009e73";
  static final String VERMILLION = "#d55e00";
  static final String PURPLE = "#cc79a7";

  private static final DateTimeFormatter WEEK = DateTimeFormatter.ISO_LOCAL_DATE;
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("uuuu-MM", Locale.ROOT);

  private final Function<String, String> msg;

  /**
   * @param msg the bundle's text for a key
   */
  DashboardCharts(Function<String, String> msg) {
    this.msg = msg;
  }

  /** One series of bars. */
  record Series(String label, String colour, List<? extends Number> values) {}

  /** Proposals per status now. */
  String pipeline(DashboardFigures figures) {
    return bar(
        figures.pipeline().stream().map(s -> msg.apply("ProposalStatus." + s.status())).toList(),
        List.of(
            new Series(
                msg.apply("dashboard.chart.proposals"),
                BLUE,
                figures.pipeline().stream().map(s -> s.count()).toList())),
        false,
        msg.apply("dashboard.chart.status"),
        msg.apply("dashboard.chart.proposals"));
  }

  /** Median and 90th percentile hours to a position, per agency; no bar without positions. */
  String clearanceTime(DashboardFigures figures) {
    List<ClearanceTime> times = figures.clearanceTimes();
    return bar(
        agencies(times.stream().map(ClearanceTime::agency).toList()),
        List.of(
            new Series(
                msg.apply("dashboard.clearance.median"),
                BLUE,
                times.stream().map(ClearanceTime::medianHours).toList()),
            new Series(
                msg.apply("dashboard.clearance.p90"),
                ORANGE,
                times.stream().map(ClearanceTime::p90Hours).toList())),
        false,
        msg.apply("dashboard.chart.agency"),
        msg.apply("dashboard.chart.hours"));
  }

  /** Slots silent past their due date now, per agency. */
  String overdueSlots(DashboardFigures figures) {
    return bar(
        agencies(figures.overdueSlots().stream().map(a -> a.agency()).toList()),
        List.of(
            new Series(
                msg.apply("dashboard.chart.overdueSlots"),
                VERMILLION,
                figures.overdueSlots().stream().map(a -> a.count()).toList())),
        false,
        msg.apply("dashboard.chart.agency"),
        msg.apply("dashboard.chart.slots"));
  }

  /** Non-concurrences and change requests per agency, stacked. */
  String objections(DashboardFigures figures) {
    return bar(
        agencies(figures.objections().stream().map(o -> o.agency()).toList()),
        List.of(
            new Series(
                msg.apply("Position.NON_CONCUR"),
                VERMILLION,
                figures.objections().stream().map(o -> o.nonConcurrences()).toList()),
            new Series(
                msg.apply("Position.CHANGES_REQUESTED"),
                ORANGE,
                figures.objections().stream().map(o -> o.changesRequested()).toList())),
        true,
        msg.apply("dashboard.chart.agency"),
        msg.apply("dashboard.chart.positions"));
  }

  /** Approvals, returns and rejections per week or month, stacked. */
  String decisions(DashboardFigures figures) {
    List<DecisionCount> counts = figures.decisions();
    return bar(
        counts.stream().map(d -> period(figures.decisionBucket(), d)).toList(),
        List.of(
            new Series(
                msg.apply("dashboard.decisions.approved"),
                GREEN,
                counts.stream().map(DecisionCount::approved).toList()),
            new Series(
                msg.apply("dashboard.decisions.returned"),
                ORANGE,
                counts.stream().map(DecisionCount::returned).toList()),
            new Series(
                msg.apply("dashboard.decisions.rejected"),
                VERMILLION,
                counts.stream().map(DecisionCount::rejected).toList())),
        true,
        msg.apply(
            figures.decisionBucket() == DashboardFilter.Bucket.WEEK
                ? "dashboard.chart.week"
                : "dashboard.chart.month"),
        msg.apply("dashboard.chart.decisions"));
  }

  /** Leverage points committed and received in approved proposals, per tier, side by side. */
  String leverage(DashboardFigures figures) {
    List<TierLeverage> tiers = figures.leverage();
    return bar(
        tiers.stream().map(this::tier).toList(),
        List.of(
            new Series(
                msg.apply("dashboard.leverage.committed"),
                BLUE,
                tiers.stream().map(TierLeverage::committed).toList()),
            new Series(
                msg.apply("dashboard.leverage.received"),
                GREEN,
                tiers.stream().map(TierLeverage::received).toList())),
        false,
        msg.apply("dashboard.chart.tier"),
        msg.apply("dashboard.chart.points"));
  }

  /** The label of a week ("week of 2026-11-02") or month ("2026-11"). */
  String period(DashboardFilter.Bucket bucket, DecisionCount count) {
    return bucket == DashboardFilter.Bucket.WEEK
        ? MessageFormat.format(msg.apply("dashboard.weekOf"), WEEK.format(count.start()))
        : MONTH.format(count.start());
  }

  /** The label of a tier ("Tier 1") or of steps spending no instrument. */
  String tier(TierLeverage leverage) {
    return leverage.tier() == null
        ? msg.apply("dashboard.leverage.noInstrument")
        : MessageFormat.format(msg.apply("dashboard.leverage.tier"), leverage.tier());
  }

  private List<String> agencies(List<? extends Enum<?>> agencies) {
    return agencies.stream().map(a -> msg.apply("Agency." + a.name())).toList();
  }

  /** A bar chart: one bar per label and series; {@code null} values draw no bar. */
  static String bar(
      List<String> labels, List<Series> series, boolean stacked, String xAxis, String yAxis) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (Series s : series) {
      datasets.add(
          Json.createObjectBuilder()
              .add("label", s.label())
              .add("data", values(s.values(), Number::doubleValue))
              .add("backgroundColor", s.colour())
              .add("borderColor", s.colour())
              .add("borderWidth", 1));
    }
    JsonObjectBuilder chart =
        Json.createObjectBuilder()
            .add("type", "bar")
            .add(
                "data",
                Json.createObjectBuilder()
                    .add("labels", Json.createArrayBuilder(labels))
                    .add("datasets", datasets))
            .add("options", options(stacked, xAxis, yAxis));
    return scriptSafe(chart.build().toString());
  }

  private static JsonArrayBuilder values(
      List<? extends Number> values, ToDoubleFunction<Number> value) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (Number n : values) {
      if (n == null) {
        data.addNull();
      } else if (n instanceof Long || n instanceof Integer) {
        data.add(n.longValue());
      } else {
        data.add(value.applyAsDouble(n));
      }
    }
    return data;
  }

  private static JsonObjectBuilder options(boolean stacked, String xAxis, String yAxis) {
    return Json.createObjectBuilder()
        .add("responsive", true)
        .add("maintainAspectRatio", false)
        .add("animation", false)
        .add(
            "plugins",
            Json.createObjectBuilder()
                .add("legend", Json.createObjectBuilder().add("position", "bottom")))
        .add(
            "scales",
            Json.createObjectBuilder()
                .add(
                    "x",
                    Json.createObjectBuilder().add("stacked", stacked).add("title", title(xAxis)))
                .add(
                    "y",
                    Json.createObjectBuilder()
                        .add("stacked", stacked)
                        .add("beginAtZero", true)
                        .add("title", title(yAxis))));
  }

  private static JsonObjectBuilder title(String text) {
    return Json.createObjectBuilder().add("display", true).add("text", text);
  }

  /** JSON whose strings cannot close the script it is written into ("&lt;/script&gt;"). */
  static String scriptSafe(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }
}
