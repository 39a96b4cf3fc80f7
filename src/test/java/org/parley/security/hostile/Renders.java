package org.parley.security.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.parley.security.hostile.RestBattery.Stored;
import org.parley.support.CsvReader;
import org.parley.support.browser.Browsers;

/**
 * The stored values rendered by every page that shows them, as the auditor sees them (need-to-know
 * lets auditors see everything): proposal page with its History tab, redline, clearance review,
 * comment resolution, decision page, ledger page, the list and the dashboard's drill-down; then the
 * CSV export of the list, over REST and through the list page's download button, whose titles must
 * come out with formula prefixes neutralised; then the server log, in which no line may have been
 * forged.
 */
final class Renders {

  private static final ResourceBundle MSG = ResourceBundle.getBundle("org.parley.messages");
  private static final String FILE = "parley-proposals.csv";

  private final Browsers browsers;
  private final Rest rest;
  private final Findings findings;

  Renders(Browsers browsers, Rest rest, Findings findings) {
    this.browsers = browsers;
    this.rest = rest;
    this.findings = findings;
  }

  /**
   * Adds the renders of what the REST battery stored to {@code lanes} as parts of the battery, each
   * in an auditor's session of its own: the pages of the payloads' proposals, shared out over
   * {@code -Dhostile.render.parts} parts (2 by default); and the carrier, then the list, the
   * dashboard's drill-down and the export filtered by the REST battery's token.
   */
  void addTo(Lanes lanes, RestBattery api, String restToken) {
    int parts = Integer.getInteger("hostile.render.parts", 2);
    List<Stored> stored = api.stored();
    for (int part = 0; part < parts; part++) {
      List<Stored> share = new ArrayList<>();
      for (int i = part; i < stored.size(); i += parts) {
        share.add(stored.get(i));
      }
      lanes.add(
          "renders " + (part + 1) + "/" + parts,
          found -> {
            Renders lane = on(found);
            HostileBrowser auditor = HostileBrowser.open(browsers, found, "auditor");
            share.forEach(s -> lane.proposal(auditor, s));
            auditor.close();
          });
    }
    lanes.add(
        "carrier, list and export",
        found -> {
          Renders lane = on(found);
          HostileBrowser auditor = HostileBrowser.open(browsers, found, "auditor");
          lane.carrier(auditor, api);
          lane.list(auditor, restToken, titles(stored));
          lane.dashboard(auditor, restToken, titles(stored));
          List<List<String>> exported = lane.restExport(restToken, stored);
          lane.browserExport(auditor, restToken, exported);
          auditor.close();
        });
  }

  /**
   * Once the forms have ended: what they stored, as the auditor sees it, and the list filtered by
   * their token; then the server log, after everything the battery sent.
   */
  void finish(PageBattery pages, String pageToken) {
    HostileBrowser auditor = HostileBrowser.open(browsers, findings, "auditor");
    reviewTargets(auditor, pages);
    list(auditor, pageToken, List.of());
    auditor.close();
    serverLog();
  }

  /** These renders as a part of the battery sees them: with the part's own findings. */
  private Renders on(Findings found) {
    return new Renders(browsers, new Rest(found), found);
  }

  // --- the pages of one proposal ---

  private void proposal(HostileBrowser auditor, Stored s) {
    Values v = s.values();
    List<String> content =
        List.of(
            v.get(Field.TITLE),
            v.get(Field.SUMMARY),
            v.get(Field.PHASE_TITLE),
            v.get(Field.OURS),
            v.get(Field.THEIRS));
    List<String> withComment = new ArrayList<>(content);
    withComment.add(v.get(Field.COMMENT));
    List<String> viewShows = new ArrayList<>(withComment);
    // The history shows audit details, which are cut at the audit column's 4000 characters.
    if (v.get(Field.RATIONALE).length() < 3900) {
      viewShows.add(v.get(Field.RATIONALE));
    }
    String id = v.payload.id();
    view(auditor, id, s.id(), viewShows);
    List<String> decided = new ArrayList<>(withComment);
    decided.add(v.get(Field.RATIONALE));
    decided.add(v.get(Field.CONDITIONS));
    auditor.render("decision page of " + id, "/decisions/decide.xhtml?id=" + s.id(), decided);
    auditor.render(
        "ledger page of " + id,
        "/proposals/ledger.xhtml?id=" + s.id(),
        List.of(
            v.get(Field.TITLE), v.get(Field.PHASE_TITLE), v.get(Field.OURS), v.get(Field.THEIRS)));
    List<String> withdrawn = new ArrayList<>(content);
    withdrawn.add(v.get(Field.WITHDRAWAL));
    view(auditor, "withdrawn " + id, s.withdrawnId(), withdrawn);
  }

  /** The carrier: every payload at once in its phases, comments and answers. */
  private void carrier(HostileBrowser auditor, RestBattery api) {
    long id = api.carrier();
    List<String> phases = api.carrierPhaseTexts();
    List<String> comments = api.carrierTexts();
    List<String> both = new ArrayList<>(phases);
    both.addAll(comments);
    List<String> history = new ArrayList<>(both);
    history.addAll(api.carrierReasons());
    view(auditor, "the carrier", id, history);
    auditor.render(
        "redline of the carrier", "/proposals/redline.xhtml?id=" + id + "&from=1&to=2", phases);
    auditor.render("review page of the carrier", "/clearance/review.xhtml?id=" + id, both);
    auditor.render("comments page of the carrier", "/clearance/comments.xhtml?id=" + id, comments);
    auditor.render("decision page of the carrier", "/decisions/decide.xhtml?id=" + id, both);
    auditor.render("ledger page of the carrier", "/proposals/ledger.xhtml?id=" + id, phases);
  }

  /** The proposals whose comments and answers were written on the pages. */
  private void reviewTargets(HostileBrowser auditor, PageBattery pages) {
    for (PageBattery.Reviewed target : pages.reviewed) {
      long id = target.id();
      List<String> history = new ArrayList<>(target.comments());
      history.addAll(target.reasons());
      view(auditor, "the review target " + id, id, history);
      auditor.render(
          "review page of the review target " + id,
          "/clearance/review.xhtml?id=" + id,
          target.comments());
      auditor.render(
          "comments page of the review target " + id,
          "/clearance/comments.xhtml?id=" + id,
          history);
    }
  }

  /** The proposal page with its History tab open. */
  private void view(HostileBrowser auditor, String what, long id, List<String> shows) {
    auditor.go("/proposals/view.xhtml?id=" + id);
    auditor.openTab("proposal-tabs", MSG.getString("proposal.tabHistory"));
    auditor.scan("proposal page and history of " + what, shows);
  }

  // --- the list, filtered by the run's token, page by page ---

  private void list(HostileBrowser auditor, String token, List<String> titles) {
    auditor.go("/proposals/list.xhtml");
    auditor.setText("proposals-form:filter-text", token);
    auditor.click("list filtered by " + token, "proposals-form:apply-filters", List.of());
    StringBuilder seen = new StringBuilder(auditor.text());
    for (int page = 0; page < 50 && hasNextPage(auditor); page++) {
      auditor.act(
          "list page " + (page + 2),
          "document.querySelector('.ui-paginator-next').click();",
          null,
          List.of());
      seen.append(auditor.text());
    }
    for (String title : titles) {
      if (!Scan.shows(seen.toString(), title)) {
        findings.problem("the list does not show the title " + Rest.abbreviated(title));
      }
    }
  }

  /**
   * The dashboard's drill-down list of the pipeline (issue 7), opened by its address and filtered
   * by the run's token, page by page: every stored title shows as text.
   */
  private void dashboard(HostileBrowser auditor, String token, List<String> titles) {
    auditor.render(
        "dashboard drill-down filtered by " + token,
        "/dashboard.xhtml?from=2020-01-01&tile=pipeline&text="
            + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8),
        List.of());
    StringBuilder seen = new StringBuilder(auditor.text());
    for (int page = 0; page < 50 && hasNextPage(auditor); page++) {
      auditor.act(
          "dashboard drill-down page " + (page + 2),
          "document.querySelector('.ui-paginator-next').click();",
          null,
          List.of());
      seen.append(auditor.text());
    }
    for (String title : titles) {
      if (!Scan.shows(seen.toString(), title)) {
        findings.problem("the dashboard drill-down does not show " + Rest.abbreviated(title));
      }
    }
  }

  private static boolean hasNextPage(HostileBrowser auditor) {
    return Boolean.TRUE.equals(
        auditor.js(
            "var next = document.querySelector('.ui-paginator-next');"
                + "return !!next && !next.classList.contains('ui-state-disabled');"));
  }

  private static List<String> titles(List<Stored> stored) {
    return stored.stream().map(s -> s.values().get(Field.TITLE)).toList();
  }

  // --- the export ---

  private List<List<String>> restExport(String token, List<Stored> stored) {
    findings.field("export GET /api/proposals/export.csv (titles out)");
    HttpResponse<String> response =
        rest.call("auditor", "GET", "/api/proposals/export.csv?q=" + token, null, null, "text/csv");
    if (response.statusCode() != 200) {
      findings.problem("the CSV export answered " + response.statusCode() + ": " + response.body());
      return List.of();
    }
    String type = response.headers().firstValue("Content-Type").orElse("");
    String disposition = response.headers().firstValue("Content-Disposition").orElse("");
    String cache = response.headers().firstValue("Cache-Control").orElse("");
    if (!type.startsWith("text/csv")
        || !disposition.equals("attachment; filename=\"" + FILE + "\"")
        || !cache.contains("no-store")) {
      findings.problem(
          "CSV export headers: Content-Type "
              + type
              + ", Content-Disposition "
              + disposition
              + ", Cache-Control "
              + cache);
    }
    List<List<String>> rows = CsvReader.parse(response.body());
    Map<String, String> titleByReference = new HashMap<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      titleByReference.put(row.get(0), row.get(1));
      if (row.get(1).startsWith("A refused probe")) {
        findings.problem("a refused POST created a proposal: " + row);
      }
      for (String cell : row) {
        if (formula(cell)) {
          findings.problem("an exported cell starts like a formula: " + Rest.abbreviated(cell));
        }
      }
    }
    for (Stored s : stored) {
      String title = s.values().get(Field.TITLE);
      for (String reference : List.of(s.reference(), s.withdrawnReference())) {
        String cell = titleByReference.get(reference);
        String expected = formula(title) ? "'" + title : title;
        if (!expected.equals(cell)) {
          findings.problem(
              "the export of "
                  + reference
                  + " has the title "
                  + Rest.abbreviated(String.valueOf(cell))
                  + " instead of "
                  + Rest.abbreviated(expected));
        } else if (formula(title)) {
          findings.csvCellsNeutralised++;
        }
      }
    }
    return rows;
  }

  private void browserExport(HostileBrowser auditor, String token, List<List<String>> viaRest) {
    findings.field("page proposals/list.xhtml export-csv (titles out)");
    Path dir;
    try {
      dir = Files.createTempDirectory("parley-export");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    auditor.downloadTo(dir);
    auditor.go("/proposals/list.xhtml");
    auditor.setText("proposals-form:filter-text", token);
    auditor.js("document.getElementById('proposals-form:export-csv').click();");
    Path file = dir.resolve(FILE);
    long deadline = System.currentTimeMillis() + 30_000;
    while (!Files.exists(file) && System.currentTimeMillis() < deadline) {
      sleep(100);
    }
    auditor.scan("list page after the download", List.of());
    if (!Files.exists(file)) {
      findings.problem("the list page's download button gave no " + FILE);
      return;
    }
    try {
      List<List<String>> viaPage = CsvReader.parse(Files.readString(file, StandardCharsets.UTF_8));
      if (!viaPage.equals(viaRest)) {
        findings.problem(
            "the page's download differs from GET /api/proposals/export.csv: "
                + viaPage.size()
                + " rows against "
                + viaRest.size());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean formula(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
  }

  // --- the server log ---

  private void serverLog() {
    String log = System.getProperty("parley.server.log");
    if (log == null || !Files.exists(Path.of(log))) {
      findings.problem("the server log was not found (system property parley.server.log): " + log);
      return;
    }
    try (Stream<String> lines = Files.lines(Path.of(log), StandardCharsets.ISO_8859_1)) {
      lines
          .map(String::stripLeading)
          .filter(
              line ->
                  line.startsWith("2026-11-29 12:00:00,000 SEVERE [org.parley] PARLEY-FORGED")
                      || line.startsWith("X-Parley-Injected")
                      || line.startsWith("<script>alert('parley-xss')"))
          .forEach(
              forged -> {
                findings.logInjections++;
                findings.problem("a forged line in the server log: " + forged);
              });
    } catch (IOException | UncheckedIOException e) {
      findings.problem("the server log could not be read: " + e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
