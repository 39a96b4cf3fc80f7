package org.parley.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.parley.support.Api;
import org.parley.support.Workflow;
import org.parley.support.browser.Browser;
import org.parley.support.browser.BrowserExtension;
import org.parley.support.browser.Browsers;
import org.parley.support.browser.Layout;
import org.parley.support.browser.SignInPage;
import org.parley.support.browser.Widgets;
import org.parley.support.database.DatabaseNeutral;

/**
 * The leadership dashboard page ({@code dashboard.xhtml}): its tables hold exactly the figures of
 * {@code GET /api/dashboard} for the same filter, the filter is the address, every row opens a
 * lazy, filterable, paged list, the page refreshes itself when work moves, and only those who may
 * see it are offered and shown it.
 */
@DatabaseNeutral(
    "the page reads the same DashboardService queries as GET /api/dashboard, which DashboardResourceIT runs on PostgreSQL")
@ExtendWith(BrowserExtension.class)
class DashboardBrowserIT {

  private static final String TRACK_NAME = "DPRK denuclearization — working level";

  @Test
  void theDeputySeesTheFiguresOfTheApiFiltersThemAndDrillsIntoARow(Browsers browsers) {
    String token = Workflow.token();
    for (int i = 0; i < 21; i++) {
      Workflow.draft("Dashboard drill " + token + " " + i, "SECRET");
    }
    Browser browser = browsers.open();
    Layout layout = SignInPage.open(browser).signInAs("deputy");
    assertTrue(layout.menuItems().contains("menu-dashboard"), layout.menuItems().toString());
    browser.clickAndWaitForPage("menu-form:menu-dashboard");
    assertEquals("Leadership dashboard", browser.pageTitle());
    assertPageShows(browser, api("deputy", ""));

    Widgets.selectOneMenu(browser, "filter-form:track", TRACK_NAME);
    typeDate(browser, "filter-form:from_input", "2020-01-01");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    typeDate(browser, "filter-form:to_input", today.toString());
    browser.clickAndWaitForPage("filter-form:apply");
    assertEquals("/dashboard.xhtml?trackId=1&from=2020-01-01&to=" + today, browser.currentPath());
    assertEquals(TRACK_NAME, Widgets.selectedLabel(browser, "filter-form:track"));
    assertTrue(browser.element("scope").getText().contains(TRACK_NAME));
    JsonObject longPeriod = api("deputy", "?trackId=1&from=2020-01-01&to=" + today);
    assertPageShows(browser, longPeriod);
    assertTrue(browser.isPresent("decisions-" + today.withDayOfMonth(1)), "months, long period");

    // A period ending before it starts: refused next to its start, nothing else changes.
    typeDate(browser, "filter-form:from_input", "2026-05-01");
    typeDate(browser, "filter-form:to_input", "2026-04-01");
    browser.clickAndWaitForAjax("filter-form:apply");
    assertEquals(
        "The period must start on or before its last day.",
        browser.element("filter-form:from-message").getText());
    assertTrue(browser.currentPath().contains("from=2020-01-01"));

    // Drill into the drafts: the deputy oversees them without the need to know their content.
    browser.clickAndWaitForAjax(row(browser, "pipeline-DRAFT").findElement(By.tagName("a")));
    assertTrue(browser.element("drill-title").getText().contains("Draft"));
    WebElement newest = drillRows(browser).get(0);
    assertTrue(newest.getText().contains("— (no need to know)"), newest.getText());
    assertFalse(newest.getText().contains("Dashboard drill"), newest.getText());
    assertTrue(newest.findElements(By.tagName("a")).isEmpty(), "no link to a withheld proposal");
    // Nor can the list's filter probe the words of the titles it withholds.
    browser.type("drill-form:drill-text", token);
    browser.clickAndWaitForAjax("drill-form:drill-filter");
    browser.waitUntil(d -> drillRows(browser).isEmpty());

    // The auditor reads them: the same list, opened by its address, filtered and paged.
    Browser auditor = browsers.open();
    SignInPage.open(auditor).signInAs("auditor");
    auditor.open("/dashboard.xhtml?trackId=1&tile=pipeline&key=DRAFT&text=" + token);
    auditor.waitUntil(d -> drillRows(auditor).size() == 20);
    assertEquals("1–20 / 21", pageReport(auditor));
    assertTrue(drillRows(auditor).get(0).getText().contains("Dashboard drill " + token));
    auditor.clickAndWaitForAjax(
        auditor.elements(By.cssSelector("#drill-form\\:drill-table .ui-paginator-next")).get(0));
    auditor.waitUntil(d -> drillRows(auditor).size() == 1);
    assertEquals("21–21 / 21", pageReport(auditor));
  }

  @Test
  void anOpenDashboardRefreshesItselfWhenWorkMoves(Browsers browsers) {
    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("auditor");
    browser.open("/dashboard.xhtml?trackId=1");
    long drafts = count(browser, "pipeline-DRAFT");
    browser.script("window.parleyNotReloaded = true;");
    waitForSocket(browser);

    JsonObject draft = Workflow.draft("Pushed " + Workflow.token(), "SECRET");
    long id = Workflow.id(draft);
    String reference = draft.getString("reference");

    waitForCount(browser, "pipeline-DRAFT", drafts + 1);
    assertEquals(true, browser.script("return window.parleyNotReloaded === true;"));
    // The drill-down list refreshes with the figures.
    browser.clickAndWaitForAjax(row(browser, "pipeline-IN_CLEARANCE").findElement(By.tagName("a")));
    long inClearance = count(browser, "pipeline-IN_CLEARANCE");
    Workflow.submit(id);
    waitForCount(browser, "pipeline-IN_CLEARANCE", inClearance + 1);
    browser.waitUntil(d -> drillRowsText(browser).contains(reference));
    assertEquals(true, browser.script("return window.parleyNotReloaded === true;"));
  }

  @Test
  void anEnvoySeesOnlyTheirTracksAndADrafterIsRefused(Browsers browsers) {
    Browser envoy = browsers.open();
    Layout layout = SignInPage.open(envoy).signInAs("iran-envoy");
    assertTrue(layout.menuItems().contains("menu-dashboard"));
    envoy.open("/dashboard.xhtml");
    Object options =
        envoy.script(
            "return Array.from(document.getElementById('filter-form:track_input').options)"
                + ".map(function (o) { return o.text.trim(); });");
    assertEquals(1 + 1, ((List<?>) options).size(), options.toString());
    assertEquals("All tracks I oversee", ((List<?>) options).get(0));
    assertTrue(((List<?>) options).get(1).toString().startsWith("Iran"), options.toString());
    envoy.open("/dashboard.xhtml?trackId=" + Workflow.TRACK);
    assertEquals("Access denied", envoy.pageTitle());
    assertFalse(envoy.isPresent("pipeline-table"));

    Browser drafter = browsers.open();
    Layout drafterLayout = SignInPage.open(drafter).signInAs("drafter");
    assertFalse(drafterLayout.menuItems().contains("menu-dashboard"));
    drafter.open("/dashboard.xhtml");
    assertEquals("Access denied", drafter.pageTitle());
    assertFalse(drafter.isPresent("pipeline-table"));
  }

  // --- the page against the API ---

  private static JsonObject api(String user, String query) {
    HttpResponse<String> figures = Workflow.get(user, "/api/dashboard" + query);
    assertEquals(200, figures.statusCode(), figures.body());
    return Api.object(figures);
  }

  private static void assertPageShows(Browser browser, JsonObject figures) {
    for (JsonObject s : figures.getJsonArray("pipeline").getValuesAs(JsonObject.class)) {
      assertCell(browser, "pipeline-" + s.getString("status"), "count", s.get("count"));
    }
    for (JsonObject t : figures.getJsonArray("clearanceTimes").getValuesAs(JsonObject.class)) {
      String row = "clearance-" + t.getString("agency");
      assertCell(browser, row, "count", t.get("positions"));
      assertCell(browser, row, "median", t.get("medianHours"));
      assertCell(browser, row, "p90", t.get("p90Hours"));
    }
    for (JsonObject o : figures.getJsonArray("overdueSlots").getValuesAs(JsonObject.class)) {
      assertCell(browser, "overdue-" + o.getString("agency"), "count", o.get("count"));
    }
    for (JsonObject o : figures.getJsonArray("objections").getValuesAs(JsonObject.class)) {
      String row = "objections-" + o.getString("agency");
      assertCell(browser, row, "non-concur", o.get("nonConcurrences"));
      assertCell(browser, row, "changes", o.get("changesRequested"));
    }
    for (JsonObject d : figures.getJsonArray("decisions").getValuesAs(JsonObject.class)) {
      String row = "decisions-" + d.getString("start");
      for (String outcome : List.of("approved", "returned", "rejected")) {
        assertCell(browser, row, outcome, d.get(outcome));
      }
    }
    for (JsonObject l : figures.getJsonArray("leverage").getValuesAs(JsonObject.class)) {
      String row = "leverage-" + (l.isNull("tier") ? "NONE" : String.valueOf(l.getInt("tier")));
      assertCell(browser, row, "steps", l.get("steps"));
      assertCell(browser, row, "committed", l.get("committed"));
      assertCell(browser, row, "received", l.get("received"));
    }
    assertEquals(
        figures.getJsonArray("decisions").size(),
        browser.elements(By.cssSelector("#decisions-table tbody tr")).size());
  }

  private static void assertCell(Browser browser, String row, String column, JsonValue value) {
    String expected =
        value.getValueType() == JsonValue.ValueType.NULL
            ? "–"
            : ((JsonNumber) value).isIntegral()
                ? String.valueOf(((JsonNumber) value).longValue())
                : String.valueOf(((JsonNumber) value).doubleValue());
    assertEquals(expected, cell(browser, row, column), row + " " + column);
  }

  private static String cell(Browser browser, String row, String column) {
    return row(browser, row).findElement(By.cssSelector("td." + column)).getText().trim();
  }

  private static long count(Browser browser, String row) {
    return Long.parseLong(cell(browser, row, "count"));
  }

  private static WebElement row(Browser browser, String id) {
    return browser.element(id);
  }

  private static List<WebElement> drillRows(Browser browser) {
    return browser.elements(By.cssSelector("#drill-form\\:drill-table tbody tr.drill-row"));
  }

  private static String drillRowsText(Browser browser) {
    try {
      return browser.element("drill-form:drill-table").getText();
    } catch (org.openqa.selenium.StaleElementReferenceException updating) {
      return "";
    }
  }

  private static String pageReport(Browser browser) {
    return browser
        .elements(By.cssSelector("#drill-form\\:drill-table .ui-paginator-current"))
        .get(0)
        .getText();
  }

  /** Waits until the page's push socket is open, so that a push is not sent before it listens. */
  private static void waitForSocket(Browser browser) {
    browser.waitUntil(
        d ->
            "open".equals(browser.script("return document.getElementById('live').dataset.state;")));
  }

  /** Types a date over the picker's text as a keyboard user does: select all, then type. */
  private static void typeDate(Browser browser, String id, String date) {
    browser.element(id).sendKeys(Keys.chord(Keys.CONTROL, "a"), date);
    assertEquals(date, browser.element(id).getDomProperty("value"));
  }

  /** Waits, without reloading, until the count of {@code row} is {@code expected}. */
  private static void waitForCount(Browser browser, String row, long expected) {
    browser.waitUntil(
        d -> {
          try {
            return count(browser, row) == expected;
          } catch (org.openqa.selenium.StaleElementReferenceException updating) {
            return false;
          }
        });
  }
}
