package org.parley.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Gatling's own statistics of a run, read from its report: per request name, the counts and the
 * response-time percentiles Gatling computed. Gatling 3.15 writes no {@code js/stats.json} any
 * more; its {@code index.html} holds the statistics table (one row per request name, the cells
 * marked {@code col-2} … {@code col-13}), whose columns this class checks by their headings before
 * it reads them. {@link HttpLoad} sets the percentile indicators to 50, 75, 95 and 99.
 */
public final class GatlingStats {

  /** The statistics of one request name (milliseconds). */
  public record RequestStats(
      String name,
      long total,
      long ok,
      long ko,
      double p50,
      double p75,
      double p95,
      double p99,
      double mean,
      double max) {}

  private static final Pattern ROW =
      Pattern.compile("<tr id=\"([^\"]+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
  private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");
  private static final Pattern CELL =
      Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");
  private static final Pattern HEADING =
      Pattern.compile("<th id=\"col-(\\d+)\"[^>]*><span>(?:<abbr[^>]*>)?([^<]*)");

  /** The headings the columns read here must have. */
  private static final Map<Integer, String> HEADINGS =
      Map.of(
          2,
          "Total",
          3,
          "OK",
          4,
          "KO",
          8,
          "50th pct",
          9,
          "75th pct",
          10,
          "95th pct",
          11,
          "99th pct",
          12,
          "Max",
          13,
          "Mean");

  /** The report page with the statistics table. */
  static final String REPORT = "index.html";

  private final Map<String, RequestStats> byName;
  private final RequestStats global;

  private GatlingStats(Map<String, RequestStats> byName, RequestStats global) {
    this.byName = byName;
    this.global = global;
  }

  /** The statistics of the report under {@code runDirectory} (a Gatling results folder). */
  public static GatlingStats ofRun(Path runDirectory) {
    Path report = runDirectory.resolve(REPORT);
    try {
      return parse(Files.readString(report));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read Gatling's report " + report, e);
    }
  }

  /** The statistics of a Gatling report page ({@code index.html}). */
  public static GatlingStats parse(String report) {
    Matcher heading = HEADING.matcher(report);
    Map<Integer, String> headings = new HashMap<>();
    while (heading.find()) {
      headings.put(Integer.parseInt(heading.group(1)), heading.group(2).trim());
    }
    HEADINGS.forEach(
        (column, expected) -> {
          if (!expected.equals(headings.get(column))) {
            throw new IllegalArgumentException(
                "Gatling's statistics table has '"
                    + headings.get(column)
                    + "' in column "
                    + column
                    + " where '"
                    + expected
                    + "' was expected");
          }
        });
    Map<String, RequestStats> byName = new LinkedHashMap<>();
    RequestStats global = null;
    Matcher row = ROW.matcher(report);
    while (row.find()) {
      Matcher name = NAME.matcher(row.group(2));
      if (!name.find()) {
        continue;
      }
      RequestStats stats = stats(unescape(name.group(1)), row.group(2));
      if ("ROOT".equals(row.group(1))) {
        global = stats;
      } else if (row.group(1).startsWith("req_")) {
        byName.put(stats.name(), stats);
      }
    }
    if (global == null) {
      throw new IllegalArgumentException("Gatling's report has no statistics table");
    }
    return new GatlingStats(byName, global);
  }

  /** The run folder Gatling wrote most recently under {@code resultsFolder} for a simulation. */
  public static Path latestRun(Path resultsFolder, String simulationClassName) throws IOException {
    String prefix = simulationClassName.toLowerCase(Locale.ROOT) + "-";
    try (Stream<Path> runs = Files.list(resultsFolder)) {
      return runs.filter(Files::isDirectory)
          .filter(run -> run.getFileName().toString().startsWith(prefix))
          .filter(run -> Files.exists(run.resolve(REPORT)))
          .max(Comparator.comparing(run -> run.getFileName().toString()))
          .orElseThrow(
              () ->
                  new IOException(
                      "Gatling wrote no report of "
                          + simulationClassName
                          + " in "
                          + resultsFolder));
    }
  }

  /** The request of that name, in whatever group. */
  public Optional<RequestStats> request(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** All requests of the run. */
  public RequestStats global() {
    return global;
  }

  public Map<String, RequestStats> requests() {
    return byName;
  }

  private static RequestStats stats(String name, String row) {
    Map<Integer, Double> cells = new HashMap<>();
    Matcher cell = CELL.matcher(row);
    while (cell.find()) {
      cells.put(Integer.parseInt(cell.group(1)), number(cell.group(2)));
    }
    return new RequestStats(
        name,
        Math.round(cells.getOrDefault(2, 0.0)),
        Math.round(cells.getOrDefault(3, 0.0)),
        Math.round(cells.getOrDefault(4, 0.0)),
        cells.getOrDefault(8, Double.NaN),
        cells.getOrDefault(9, Double.NaN),
        cells.getOrDefault(10, Double.NaN),
        cells.getOrDefault(11, Double.NaN),
        cells.getOrDefault(13, Double.NaN),
        cells.getOrDefault(12, Double.NaN));
  }

  /** A cell's number; "-" (no request of that kind) is NaN. Digits may be grouped with commas. */
  private static double number(String text) {
    String digits = text.trim().replace(",", "");
    try {
      return Double.parseDouble(digits);
    } catch (NumberFormatException notANumber) {
      return Double.NaN;
    }
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
