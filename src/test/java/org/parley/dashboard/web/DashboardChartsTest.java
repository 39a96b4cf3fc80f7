package org.parley.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.parley.dashboard.application.DashboardFigures;
import org.parley.dashboard.application.DashboardFigures.AgencyCount;
import org.parley.dashboard.application.DashboardFigures.ClearanceTime;
import org.parley.dashboard.application.DashboardFigures.DecisionCount;
import org.parley.dashboard.application.DashboardFigures.Objections;
import org.parley.dashboard.application.DashboardFigures.StatusCount;
import org.parley.dashboard.application.DashboardFigures.TierLeverage;
import org.parley.dashboard.application.DashboardFilter;
import org.parley.shared.Agency;
import org.parley.shared.ProposalStatus;

/** The tiles' Chart.js configurations and the figures beside them, over known figures. */
class DashboardChartsTest {

  private static final ResourceBundle MSG = ResourceBundle.getBundle("org.parley.messages");
  private final DashboardCharts charts = new DashboardCharts(MSG::getString);

  static DashboardFigures figures(DashboardFilter.Bucket bucket) {
    return new DashboardFigures(
        1L,
        LocalDate.of(2026, 11, 2),
        LocalDate.of(2026, 11, 15),
        Instant.parse("2026-11-15T12:00:00Z"),
        Arrays.stream(ProposalStatus.values())
            .map(s -> new StatusCount(s, s.ordinal() + 1L))
            .toList(),
        Arrays.stream(Agency.values())
            .map(
                a ->
                    a == Agency.TREASURY
                        ? new ClearanceTime(a, 3, 50.5, 72.0)
                        : a == Agency.STATE
                            ? new ClearanceTime(a, 5, 4.0, 9.5)
                            : new ClearanceTime(a, 0, null, null))
            .toList(),
        Arrays.stream(Agency.values()).map(a -> new AgencyCount(a, a.ordinal())).toList(),
        Arrays.stream(Agency.values()).map(a -> new Objections(a, 1, a.ordinal())).toList(),
        bucket,
        List.of(
            new DecisionCount(LocalDate.of(2026, 11, 2), 2, 1, 0),
            new DecisionCount(LocalDate.of(2026, 11, 9), 0, 0, 3)),
        List.of(
            new TierLeverage(1, 2, 6, 4),
            new TierLeverage(2, 0, 0, 0),
            new TierLeverage(3, 1, 1, 3),
            new TierLeverage(null, 4, 5, 9)));
  }

  @Test
  void thePipelineHasOneBarPerStatus() {
    JsonObject chart = parse(charts.pipeline(figures(DashboardFilter.Bucket.WEEK)));
    assertEquals("bar", chart.getString("type"));
    assertEquals(
        List.of("Draft", "In clearance", "Awaiting decision", "Approved", "Rejected", "Withdrawn"),
        strings(chart.getJsonObject("data").getJsonArray("labels")));
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), numbers(dataset(chart, 0)));
  }

  @Test
  void clearanceTimeHasMedianAndNinetiethPercentileAndNoBarWithoutPositions() {
    JsonObject chart = parse(charts.clearanceTime(figures(DashboardFilter.Bucket.WEEK)));
    JsonArray labels = chart.getJsonObject("data").getJsonArray("labels");
    int treasury = strings(labels).indexOf("Treasury");
    int energy = strings(labels).indexOf("Energy");
    assertEquals("Median (hours)", datasetObject(chart, 0).getString("label"));
    assertEquals("90th percentile (hours)", datasetObject(chart, 1).getString("label"));
    assertEquals(50.5, dataset(chart, 0).getJsonNumber(treasury).doubleValue());
    assertEquals(72.0, dataset(chart, 1).getJsonNumber(treasury).doubleValue());
    assertEquals(JsonValue.NULL, dataset(chart, 0).get(energy));
    assertFalse(
        chart
            .getJsonObject("options")
            .getJsonObject("scales")
            .getJsonObject("x")
            .getBoolean("stacked"));
  }

  @Test
  void objectionsAndDecisionsAreStacked() {
    DashboardFigures figures = figures(DashboardFilter.Bucket.WEEK);
    for (String json : List.of(charts.objections(figures), charts.decisions(figures))) {
      JsonObject scales = parse(json).getJsonObject("options").getJsonObject("scales");
      assertTrue(scales.getJsonObject("x").getBoolean("stacked"));
      assertTrue(scales.getJsonObject("y").getBoolean("stacked"));
    }
    JsonObject decisions = parse(charts.decisions(figures));
    assertEquals(
        List.of("Week of 2026-11-02", "Week of 2026-11-09"),
        strings(decisions.getJsonObject("data").getJsonArray("labels")));
    assertEquals(List.of(2L, 0L), numbers(dataset(decisions, 0)));
    assertEquals(List.of(1L, 0L), numbers(dataset(decisions, 1)));
    assertEquals(List.of(0L, 3L), numbers(dataset(decisions, 2)));
  }

  @Test
  void monthsAreLabelledByTheirYearAndMonth() {
    JsonObject decisions = parse(charts.decisions(figures(DashboardFilter.Bucket.MONTH)));
    assertEquals(
        List.of("2026-11", "2026-11"),
        strings(decisions.getJsonObject("data").getJsonArray("labels")));
  }

  @Test
  void leverageGroupsCommittedAndReceivedByTier() {
    JsonObject chart = parse(charts.leverage(figures(DashboardFilter.Bucket.WEEK)));
    assertEquals(
        List.of("Tier 1", "Tier 2", "Tier 3", "No instrument"),
        strings(chart.getJsonObject("data").getJsonArray("labels")));
    assertEquals(List.of(6L, 0L, 1L, 5L), numbers(dataset(chart, 0)));
    assertEquals(List.of(4L, 0L, 3L, 9L), numbers(dataset(chart, 1)));
  }

  @Test
  void overdueSlotsHaveOneBarPerAgency() {
    JsonObject chart = parse(charts.overdueSlots(figures(DashboardFilter.Bucket.WEEK)));
    assertEquals(Agency.values().length, dataset(chart, 0).size());
  }

  @Test
  void aLabelCannotCloseTheScriptItIsWrittenInto() {
    String json =
        DashboardCharts.bar(
            List.of("</script><script>alert(1)</script>"),
            List.of(new DashboardCharts.Series("a & b", "#000000", List.of(1L))),
            false,
            "x",
            "y");
    assertFalse(json.contains("<"), json);
    assertFalse(json.contains("&"), json);
    assertEquals(
        "</script><script>alert(1)</script>",
        parse(json).getJsonObject("data").getJsonArray("labels").getString(0));
  }

  @Test
  void theTilesTotalEachFigureAndNameTheBottleneck() {
    DashboardTiles tiles = DashboardTiles.of(figures(DashboardFilter.Bucket.WEEK), charts);
    assertEquals(21, tiles.totals().proposals());
    assertEquals(8, tiles.totals().positions());
    assertEquals(15, tiles.totals().overdueSlots());
    assertEquals(6 + 15, tiles.totals().objections());
    assertEquals(2, tiles.totals().approved());
    assertEquals(1, tiles.totals().returned());
    assertEquals(3, tiles.totals().rejected());
    assertEquals(7, tiles.totals().steps());
    assertEquals(Agency.TREASURY, tiles.bottleneck().agency());
    assertEquals(
        List.of("1", "2", "3", "NONE"),
        tiles.leverage().stream().map(DashboardTiles.LeverageRow::key).toList());
    assertEquals("2026-11-09", tiles.decisions().get(1).start());
  }

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  private static JsonObject datasetObject(JsonObject chart, int index) {
    return chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(index);
  }

  private static JsonArray dataset(JsonObject chart, int index) {
    return datasetObject(chart, index).getJsonArray("data");
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  private static List<Long> numbers(JsonArray array) {
    return array.getValuesAs(jakarta.json.JsonNumber.class).stream()
        .map(jakarta.json.JsonNumber::longValue)
        .toList();
  }
}
