package org.parley.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GatlingStatsTest {

  /** The statistics table of a Gatling 3.15.1 report (index.html) of a short REST run, trimmed. */
  static final String REPORT =
      """
      <th id="col-2" class="header sortable"><span>Total</span></th>
      <th id="col-3" class="header sortable"><span>OK</span></th>
      <th id="col-4" class="header sortable"><span>KO</span></th>
      <th id="col-5" class="header sortable"><span>% KO</span></th>
      <th id="col-6" class="header sortable"><span><abbr title="Count of events per second">Cnt/s</abbr></span></th>
      <th id="col-7" class="header sortable"><span>Min</span></th>
      <th id="col-8" class="header sortable"><span>50th pct</span></th>
      <th id="col-9" class="header sortable"><span>75th pct</span></th>
      <th id="col-10" class="header sortable"><span>95th pct</span></th>
      <th id="col-11" class="header sortable"><span>99th pct</span></th>
      <th id="col-12" class="header sortable"><span>Max</span></th>
      <th id="col-13" class="header sortable"><span>Mean</span></th>
      <th id="col-14" class="header sortable"><span><abbr title="Standard Deviation">Std Dev</abbr></span></th>
      </tr>
      </thead>
      <tbody><tr id="ROOT" >
      <td class="total col-1">
      <div class="expandable-container">
      <span id="ROOT" style="margin-left: 0px;" class="expand-button ">&nbsp;</span>
      <a href="index.html" class="withTooltip">
      <span class="table-cell-tooltip" id="parent-stats-table-ROOT" data-toggle="popover" data-placement="right" data-container="body" data-content="">
      <span onmouseover="isEllipsed('stats-table-ROOT')" id="stats-table-ROOT" class="ellipsed-name">All Requests</span>
      </span>
      </a>
      <span class="value" style="display:none;">0</span>
      </div>
      </td>
      <td class="value total col-2">32</td>
      <td class="value ok col-3">32</td>
      <td class="value ko col-4">0</td>
      <td class="value ko col-5">0</td>
      <td class="value total col-6">1.6</td>
      <td class="value total col-7">1958</td>
      <td class="value total col-8">4378</td>
      <td class="value total col-9">5023</td>
      <td class="value total col-10">5658</td>
      <td class="value total col-11">5735</td>
      <td class="value total col-12">5735</td>
      <td class="value total col-13">4158</td>
      <td class="value total col-14">1030</td>
      </tr></tbody>
      </table>
      <table id="container_statistics_body" class="statistics-in extensible-geant">
      <tbody><tr id="req_warm-up-rest-tr-592342500" data-parent="ROOT">
      <td class="total col-1">
      <div class="expandable-container">
      <span id="req_warm-up-rest-tr-592342500" style="margin-left: 0px;" class="expand-button hidden">&nbsp;</span>
      <a href="req_warm-up-rest-tr-592342500.html" class="withTooltip">
      <span class="table-cell-tooltip" id="parent-stats-table-req_warm-up-rest-tr-592342500" data-toggle="popover" data-placement="right" data-container="body" data-content="">
      <span onmouseover="isEllipsed('stats-table-req_warm-up-rest-tr-592342500')" id="stats-table-req_warm-up-rest-tr-592342500" class="ellipsed-name">warm-up rest transition</span>
      </span>
      </a>
      <span class="value" style="display:none;">0</span>
      </div>
      </td>
      <td class="value total col-2">16</td>
      <td class="value ok col-3">16</td>
      <td class="value ko col-4">0</td>
      <td class="value ko col-5">0</td>
      <td class="value total col-6">0.8</td>
      <td class="value total col-7">1958</td>
      <td class="value total col-8">5023</td>
      <td class="value total col-9">5447</td>
      <td class="value total col-10">5735</td>
      <td class="value total col-11">5735</td>
      <td class="value total col-12">5735</td>
      <td class="value total col-13">4509</td>
      <td class="value total col-14">1209</td>
      </tr><tr id="req_rest-transition--144540383" data-parent="ROOT">
      <td class="total col-1">
      <div class="expandable-container">
      <span id="req_rest-transition--144540383" style="margin-left: 0px;" class="expand-button hidden">&nbsp;</span>
      <a href="req_rest-transition--144540383.html" class="withTooltip">
      <span class="table-cell-tooltip" id="parent-stats-table-req_rest-transition--144540383" data-toggle="popover" data-placement="right" data-container="body" data-content="">
      <span onmouseover="isEllipsed('stats-table-req_rest-transition--144540383')" id="stats-table-req_rest-transition--144540383" class="ellipsed-name">rest transition</span>
      </span>
      </a>
      <span class="value" style="display:none;">0</span>
      </div>
      </td>
      <td class="value total col-2">16</td>
      <td class="value ok col-3">16</td>
      <td class="value ko col-4">0</td>
      <td class="value ko col-5">0</td>
      <td class="value total col-6">0.8</td>
      <td class="value total col-7">2740</td>
      <td class="value total col-8">3801</td>
      <td class="value total col-9">4513</td>
      <td class="value total col-10">4818</td>
      <td class="value total col-11">4818</td>
      <td class="value total col-12">4818</td>
      <td class="value total col-13">3806</td>
      <td class="value total col-14">644</td>
      </tr></tbody>
      """;

  @Test
  void readsEachRequestNameAndTheWholeRun() {
    GatlingStats stats = GatlingStats.parse(REPORT);

    GatlingStats.RequestStats steady = stats.request("rest transition").orElseThrow();
    assertEquals(16, steady.total());
    assertEquals(16, steady.ok());
    assertEquals(0, steady.ko());
    assertEquals(3801, steady.p50());
    assertEquals(4513, steady.p75());
    assertEquals(4818, steady.p95());
    assertEquals(4818, steady.p99());
    assertEquals(4818, steady.max());
    assertEquals(3806, steady.mean());

    assertEquals(5658, stats.global().p95());
    assertEquals(32, stats.global().total());
    assertEquals(
        java.util.Set.of("warm-up rest transition", "rest transition"), stats.requests().keySet());
  }

  @Test
  void refusesATableWhoseColumnsMovedRatherThanReadingTheWrongPercentile() {
    String moved = REPORT.replace("<span>95th pct</span>", "<span>90th pct</span>");
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> GatlingStats.parse(moved));
    assertTrue(refused.getMessage().contains("95th pct"), refused.getMessage());
  }

  @Test
  void refusesAPageWithoutStatistics() {
    String headingsOnly = REPORT.substring(0, REPORT.indexOf("<tr id=\"ROOT\""));
    assertThrows(IllegalArgumentException.class, () -> GatlingStats.parse(headingsOnly));
  }

  @Test
  void restFiguresComeFromTheSteadyRequestsAndCountEveryError() {
    GatlingStats stats = GatlingStats.parse(REPORT);
    LoadSettings settings =
        new LoadSettings(
            java.net.URI.create("http://localhost:8080"),
            java.time.Duration.ofSeconds(10),
            java.time.Duration.ofSeconds(5),
            8,
            java.time.Duration.ofSeconds(5),
            100,
            java.time.Duration.ofSeconds(25),
            java.time.Duration.ofSeconds(3));

    Map<String, Object> figures = HttpLoad.restFigures(stats, settings);

    assertEquals(4818.0, figures.get("rest_transition_p95_ms"));
    assertEquals(3801.0, figures.get("rest_transition_p50_ms"));
    assertEquals(16L, figures.get("rest_requests"));
    assertEquals(0L, figures.get("rest_errors"));
    assertEquals(1.6, figures.get("rest_transitions_per_s"));
    assertEquals(8, figures.get("rest_users"));
  }

  @Test
  void figuresTravelAsJsonWithNumbersIntactAndNoPercentileAsNull() {
    Map<String, Object> figures = new java.util.LinkedHashMap<>();
    figures.put("rest_transition_p95_ms", 42.0);
    figures.put("rest_requests", 1200L);
    figures.put("jsf_users", 100);
    figures.put("jsf_ajax_p99_ms", Double.NaN);
    figures.put("load_generator", "gatling 3.15.1");

    String json = HttpLoad.toJson(figures);

    assertEquals(
        "{\"rest_transition_p95_ms\":42.0,\"rest_requests\":1200,\"jsf_users\":100,"
            + "\"jsf_ajax_p99_ms\":null,\"load_generator\":\"gatling 3.15.1\"}",
        json);
    Map<String, Object> read = ChildJvm.read(json);
    assertEquals(42.0, read.get("rest_transition_p95_ms"));
    assertEquals(1200L, read.get("rest_requests"));
    assertTrue(((Double) read.get("jsf_ajax_p99_ms")).isNaN());
  }
}
