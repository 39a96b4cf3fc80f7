package org.parley.ledger.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.support.ProposalScenario.content;
import static org.parley.support.ProposalScenario.ours;
import static org.parley.support.ProposalScenario.phase;
import static org.parley.support.ProposalScenario.step;
import static org.parley.support.ProposalScenario.theirs;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.parley.support.Api;
import org.parley.support.LeverageRegister;
import org.parley.support.ProposalScenario;
import org.parley.support.Workflow;
import org.parley.support.browser.Browser;
import org.parley.support.browser.BrowserExtension;
import org.parley.support.browser.Browsers;
import org.parley.support.browser.SignInPage;
import org.parley.support.browser.Widgets;
import org.parley.support.database.DatabaseNeutral;

/**
 * The ledger page, {@code proposals/ledger.xhtml} (issue 6), over a known ledger: the steps with
 * the instrument and the points each side weighs, the cumulative balance drawn by PrimeFaces' chart
 * and given as a table, and the findings, here and on the proposal and clearance pages.
 */
@DatabaseNeutral("shows the ledger and findings; ReciprocityIT runs their storage on PostgreSQL")
@ExtendWith(BrowserExtension.class)
class LedgerPageBrowserIT {

  static final String BEST_LEVERAGE = "Test register: UN sanctions on coal exports";
  static final String LESSER_LEVERAGE = "Test register: spring combined exercise";

  /**
   * Phase 1: coal sanctions (tier 1: 3 points) for a freeze reversible at cost (2), and a liaison
   * office (easily reversible: 1) for a declaration (irreversible: 3). Phase 2: the spring exercise
   * (tier 2: 2 points) for dismantlement (irreversible: 3) that nobody verifies. Balance: 4 spent
   * and 5 received after phase 1, 6 and 8 after phase 2; one finding, phase 2 step 1 unverifiable.
   */
  private static JsonObject knownLedger(String title, long best, long lesser) {
    return content(
        title,
        "A known ledger.",
        "SECRET",
        phase(
            "Freeze",
            step(
                spending(
                    best,
                    ours(
                        "SANCTIONS_RELIEF", "Suspend the UN coal sanctions", "REVERSIBLE_AT_COST")),
                theirs(
                    "FREEZE",
                    "Freeze the Yongbyon reactor",
                    "REVERSIBLE_AT_COST",
                    "IAEA_INSPECTION")),
            step(
                ours("LIAISON_OFFICE", "Open a liaison office", "EASILY_REVERSIBLE"),
                theirs(
                    "DECLARATION",
                    "Declare every enrichment site",
                    "IRREVERSIBLE",
                    "SELF_DECLARATION"))),
        phase(
            "Dismantlement",
            step(
                spending(
                    lesser,
                    ours(
                        "EXERCISE_ADJUSTMENT",
                        "Suspend the spring exercise",
                        "REVERSIBLE_AT_COST")),
                theirs("DISMANTLEMENT", "Dismantle the reactor", "IRREVERSIBLE", "NONE"))));
  }

  private static JsonObject spending(long instrumentId, JsonObject ours) {
    return Json.createObjectBuilder(ours).add("instrumentId", instrumentId).build();
  }

  @Test
  void theLedgerShowsEachStepsLeverageTheBalanceAsChartAndTableAndTheFindings(Browsers browsers) {
    long best = LeverageRegister.instrument(BEST_LEVERAGE, "UN_SANCTIONS", 1, "REVERSIBLE_AT_COST");
    long lesser =
        LeverageRegister.instrument(LESSER_LEVERAGE, "COMBINED_EXERCISE", 2, "EASILY_REVERSIBLE");
    String title = "Known ledger " + Workflow.token();
    long id = ProposalScenario.create(knownLedger(title, best, lesser));
    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("drafter");

    browser.open("/proposals/view.xhtml?id=" + id);
    assertEquals(List.of("UNVERIFIABLE"), findingRules(browser, "findings"));
    assertTrue(browser.element("findings-source").getText().contains("As the proposal reads now"));
    browser.open(Widgets.href(browser, "actions-form:open-ledger"));

    assertTrue(browser.currentPath().startsWith("/proposals/ledger.xhtml?id=" + id));
    assertTrue(browser.pageTitle().startsWith("Ledger: DPRK-"), browser.pageTitle());
    assertEquals("SECRET", browser.element("banner").getText());
    String coal = browser.element("step-1-1").getText();
    for (String shown :
        List.of(
            "Suspend the UN coal sanctions",
            BEST_LEVERAGE + " (tier 1)",
            "Leverage spent: 3",
            "Freeze the Yongbyon reactor",
            "IAEA inspection",
            "Leverage received: 2")) {
      assertTrue(coal.contains(shown), shown + " missing from step 1.1: " + coal);
    }
    String office = browser.element("step-1-2").getText();
    assertTrue(office.contains("None named"), office);
    assertTrue(office.contains("Leverage spent: 1"), office);
    assertTrue(office.contains("Leverage received: 3"), office);
    String exercise = browser.element("step-2-1").getText();
    assertTrue(exercise.contains(LESSER_LEVERAGE + " (tier 2)"), exercise);
    assertTrue(exercise.contains("Leverage spent: 2"), exercise);
    assertTrue(browser.element("phase-2").getText().contains("Dismantlement"));

    assertEquals(List.of("1", "4", "5", "-1"), cells(browser, "balance-1"));
    assertEquals(List.of("2", "6", "8", "-2"), cells(browser, "balance-2"));
    WebElement canvas = browser.element("balance-chart_canvas");
    assertEquals("canvas", canvas.getTagName());
    assertNotNull(canvas.getDomAttribute("aria-label"));
    assertEquals(
        List.of(List.of(4L, 6L), List.of(5L, 8L)),
        browser.script(
            "var chart = Chart.getChart(arguments[0]);"
                + "return chart.data.datasets.map(function (d) { return d.data; });",
            canvas),
        "Chart.js drew the balance");

    assertEquals(List.of("UNVERIFIABLE"), findingRules(browser, "findings"));
    WebElement where = browser.element("findings").findElement(By.cssSelector("a.finding-link"));
    assertEquals("#step-2-1", where.getDomAttribute("href"));
    assertEquals("Phase 2, step 1", where.getText());

    List<JsonObject> views =
        Api.object(
                Workflow.get(
                    "auditor", "/api/audit/events?action=VIEWED&actor=drafter&proposalId=" + id))
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertTrue(
        views.stream().anyMatch(v -> v.getString("detail").contains("ledger page")),
        views.toString());
  }

  @Test
  void aSubmittedProposalShowsTheFindingsItsVersionWasSubmittedWith(Browsers browsers) {
    long best = LeverageRegister.instrument(BEST_LEVERAGE, "UN_SANCTIONS", 1, "REVERSIBLE_AT_COST");
    long lesser =
        LeverageRegister.instrument(LESSER_LEVERAGE, "COMBINED_EXERCISE", 2, "EASILY_REVERSIBLE");
    long id = ProposalScenario.create(knownLedger("Submitted " + Workflow.token(), best, lesser));
    JsonObject round = ProposalScenario.submit(id);
    String reviewer =
        round.getJsonArray("requiredAgencies").getString(0).toLowerCase(java.util.Locale.ROOT);

    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("drafter");
    browser.open("/proposals/view.xhtml?id=" + id);
    assertEquals(List.of("UNVERIFIABLE"), findingRules(browser, "findings"));
    assertEquals("As submitted with version 1.", browser.element("findings-source").getText());
    browser.open("/proposals/ledger.xhtml?id=" + id);
    assertEquals("As submitted with version 1.", browser.element("findings-source").getText());
    assertEquals(List.of("UNVERIFIABLE"), findingRules(browser, "findings"));

    Browser review = browsers.open();
    SignInPage.open(review).signInAs(reviewer);
    review.open("/clearance/review.xhtml?id=" + id);
    assertEquals(List.of("UNVERIFIABLE"), findingRules(review, "findings"));
    assertTrue(
        review.element("findings-source").getText().contains("the version under review"),
        review.element("findings-source").getText());
  }

  @Test
  void anEmptyDraftHasNoFindingsAndAnUnknownIdIsNotFound(Browsers browsers) {
    HttpResponse<String> created =
        Workflow.post(
            "drafter",
            "/api/proposals",
            content("Empty ledger " + Workflow.token(), "Nothing drafted yet.", "UNCLASSIFIED"));
    assertEquals(201, created.statusCode(), created.body());
    long id = Api.object(created).getJsonNumber("id").longValue();
    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("drafter");

    browser.open("/proposals/ledger.xhtml?id=" + id);
    assertTrue(browser.element("findings").getText().contains("No findings"));
    assertTrue(browser.element("ledger").getText().contains("No phases yet."));

    browser.open("/proposals/ledger.xhtml?id=987654321");
    assertEquals("Page not found", browser.pageTitle());
  }

  private static List<String> findingRules(Browser browser, String sectionId) {
    return browser.element(sectionId).findElements(By.cssSelector("li.finding")).stream()
        .map(li -> li.getDomAttribute("data-rule"))
        .toList();
  }

  private static List<String> cells(Browser browser, String rowId) {
    return browser.element(rowId).findElements(By.cssSelector("th, td")).stream()
        .map(cell -> cell.getText().trim())
        .toList();
  }
}
