package org.parley.ledger.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.parley.support.Api;
import org.parley.support.Workflow;
import org.parley.support.browser.Browser;
import org.parley.support.browser.BrowserExtension;
import org.parley.support.browser.Browsers;
import org.parley.support.browser.PrimeFacesControls;
import org.parley.support.browser.SignInPage;
import org.parley.support.database.DatabaseNeutral;

/**
 * The administrator's leverage register, {@code admin/instruments.xhtml}: add (validation next to
 * the fields, Enter saves), edit (someone else's change shown, the input kept), retire and
 * reactivate, delete after confirmation and the refusal for an instrument a proposal names, the
 * filters, and the reciprocity settings; under the strict Content-Security-Policy.
 */
@DatabaseNeutral(
    "a page over the instrument service, whose SQL InstrumentResourceIT runs on PostgreSQL")
@ExtendWith(BrowserExtension.class)
class InstrumentsBrowserIT {

  private static final String PAGE = "/admin/instruments.xhtml";
  private static final String DIALOG = "instrument-dialog";
  private static final String PETROLEUM_CAP = "UN cap on refined petroleum imports";
  private static final String KAESONG = "UN exemption to reopen the Kaesong industrial complex";

  /** Collects Content-Security-Policy violations into {@code window.parleyCspViolations}. */
  private static final String CSP_LISTENER =
      "window.parleyCspViolations = [];"
          + "document.addEventListener('securitypolicyviolation', function (e) {"
          + "  window.parleyCspViolations.push(e.effectiveDirective + ' ' + e.sourceFile);"
          + "}, true);";

  @Test
  void administratorAddsEditsRetiresAndDeletesAnInstrument(Browsers browsers) {
    Browser browser = admin(browsers);
    PrimeFacesControls controls = new PrimeFacesControls(browser);
    String name = "Autumn combined exercise " + Workflow.token();

    assertEquals("Leverage register", browser.pageTitle());
    assertTrue(browser.isPresent("menu-form:menu-instruments"), "in the admin menu");
    assertEquals(1, rows(browser, PETROLEUM_CAP).size(), "the demo register is listed");

    // New: saved empty, every required field says what it needs, next to it.
    openNew(browser, controls);
    browser.clickAndWaitForAjax("instrument-form:save");
    assertTrue(controls.dialogShown(DIALOG), "the dialog stays open");
    assertEquals("An instrument needs a name.", message(browser, "name"));
    assertEquals("Choose the kind of instrument.", message(browser, "kind"));
    assertEquals("Choose the leverage tier.", message(browser, "tier"));
    assertEquals("Choose the agency that owns the instrument.", message(browser, "owningAgency"));

    // Filled in, and Enter in the name field saves.
    fill(
        browser,
        controls,
        name,
        "Combined military exercise",
        "2",
        "Reversible at cost",
        "Defense");
    browser.type("instrument-form:estimatedCost", "USD 14 million per exercise");
    browser.element("instrument-form:name").sendKeys(Keys.ENTER);
    waitForAjax(browser);
    waitForDialogClosed(browser);
    assertTrue(messages(browser).contains("added to the leverage register"), messages(browser));
    WebElement row = rows(browser, name).get(0);
    assertTrue(row.getText().contains("Combined military exercise"), row.getText());
    assertTrue(row.getText().contains("USD 14 million per exercise"), row.getText());
    assertTrue(row.getText().contains("Active"), row.getText());

    // The same name again is refused next to the name, the input kept.
    openNew(browser, controls);
    fill(browser, controls, name.toUpperCase(), "Other", "3", "Easily reversible", "State");
    browser.clickAndWaitForAjax("instrument-form:save");
    assertTrue(message(browser, "name").contains("already"), message(browser, "name"));
    assertEquals(name.toUpperCase(), browser.element("instrument-form:name").getAttribute("value"));
    browser.element("instrument-form:name").sendKeys(Keys.ESCAPE);
    waitForDialogClosed(browser);
    assertEquals(1, rows(browser, name).size());

    // Edit: the tier becomes 1.
    browser.clickAndWaitForAjax(button(browser, name, "edit"));
    controls.waitForDialog(DIALOG);
    assertEquals(name, browser.element("instrument-form:name").getAttribute("value"));
    controls.chooseFromMenu("instrument-form:tier", "1 – our best leverage");
    browser.clickAndWaitForAjax("instrument-form:save");
    waitForDialogClosed(browser);
    assertTrue(messages(browser).contains("saved"), messages(browser));
    assertEquals(
        "1", rows(browser, name).get(0).findElement(By.cssSelector(".instrument-tier")).getText());

    // Retire, then reactivate.
    browser.clickAndWaitForAjax(button(browser, name, "retire"));
    assertTrue(rows(browser, name).get(0).getText().contains("Retired"));
    assertTrue(messages(browser).contains("retired"), messages(browser));
    browser.clickAndWaitForAjax(button(browser, name, "reactivate"));
    assertTrue(rows(browser, name).get(0).getText().contains("Active"));

    // Delete: kept when the administrator says no, gone when yes.
    browser.clickAndWaitForAjax(button(browser, name, "delete"));
    controls.waitForDialog("instruments-form:confirm-dialog");
    assertTrue(browser.element("instruments-form:confirm-dialog").getText().contains(name));
    browser.clickAndWaitForAjax("instruments-form:confirm-no");
    assertEquals(1, rows(browser, name).size(), "kept when the administrator says no");
    browser.clickAndWaitForAjax(button(browser, name, "delete"));
    controls.waitForDialog("instruments-form:confirm-dialog");
    browser.clickAndWaitForAjax("instruments-form:confirm-yes");
    assertTrue(messages(browser).contains("deleted"), messages(browser));
    assertTrue(rows(browser, name).isEmpty());

    assertEquals(List.of(), violations(browser));
  }

  @Test
  void anInstrumentAProposalNamesIsRefusedDeletionAndStaysListed(Browsers browsers) {
    Browser browser = admin(browsers);
    PrimeFacesControls controls = new PrimeFacesControls(browser);

    browser.clickAndWaitForAjax(button(browser, PETROLEUM_CAP, "delete"));
    controls.waitForDialog("instruments-form:confirm-dialog");
    browser.clickAndWaitForAjax("instruments-form:confirm-yes");

    assertTrue(
        messages(browser).contains("is named by a proposal: retire it instead."),
        messages(browser));
    assertEquals(1, rows(browser, PETROLEUM_CAP).size());
  }

  @Test
  void anEditThatMeetsSomeoneElsesChangeKeepsTheInputAndShowsTheirs(Browsers browsers) {
    String name = "Bomber flights " + Workflow.token();
    JsonObject created = createThroughRest(name);
    Browser browser = admin(browsers);
    PrimeFacesControls controls = new PrimeFacesControls(browser);
    browser.clickAndWaitForAjax(button(browser, name, "edit"));
    controls.waitForDialog(DIALOG);
    String mine = name + " (mine)";
    browser.type("instrument-form:name", mine);

    String theirs = name + " (theirs)";
    HttpResponse<String> changed =
        Workflow.put(
            "admin",
            "/api/instruments/" + created.getJsonNumber("id").longValue(),
            body(theirs),
            "\"0\"");
    assertEquals(200, changed.statusCode(), changed.body());
    browser.clickAndWaitForAjax("instrument-form:save");

    assertTrue(controls.dialogShown(DIALOG), "the dialog stays open");
    assertEquals(theirs, browser.element("conflict-name").getText());
    assertEquals(mine, browser.element("instrument-form:name").getAttribute("value"));
    assertTrue(
        browser.element("instrument-form:instrument-messages").getText().contains("changed"),
        browser.element("instrument-form:instrument-messages").getText());

    browser.clickAndWaitForAjax("instrument-form:overwrite");
    waitForDialogClosed(browser);
    assertEquals(1, rows(browser, mine).size());
    assertTrue(rows(browser, theirs).isEmpty());
  }

  @Test
  void theColumnsSortAndTheFiltersKeepTheInstrumentsOfAStatusTierAndKind(Browsers browsers) {
    Browser browser = admin(browsers);
    PrimeFacesControls controls = new PrimeFacesControls(browser);

    browser.clickAndWaitForAjax("instruments-form:instruments:col-tier");
    List<Integer> tiers = tiers(browser);
    assertEquals(tiers.stream().sorted().toList(), tiers, "sorted by tier");
    browser.clickAndWaitForAjax("instruments-form:instruments:col-tier");
    assertEquals(tiers.stream().sorted(Comparator.reverseOrder()).toList(), tiers(browser));
    controls.chooseFromMenu("instruments-form:filter-kind", "UN sanctions");
    List<Integer> unSanctions = tiers(browser);
    assertEquals(
        unSanctions.stream().sorted(Comparator.reverseOrder()).toList(),
        unSanctions,
        "still sorted once filtered");
    controls.chooseFromMenu("instruments-form:filter-kind", "Any kind");

    controls.chooseFromMenu("instruments-form:filter-status", "Retired");
    assertEquals(1, rows(browser, KAESONG).size());
    assertTrue(rows(browser, PETROLEUM_CAP).isEmpty());
    assertTrue(allRows(browser).stream().allMatch(r -> r.getText().contains("Retired")));

    controls.chooseFromMenu("instruments-form:filter-status", "Active");
    controls.chooseFromMenu("instruments-form:filter-tier", "1 – our best leverage");
    assertEquals(1, rows(browser, PETROLEUM_CAP).size());
    assertTrue(rows(browser, KAESONG).isEmpty());
    assertTrue(
        allRows(browser).stream()
            .allMatch(
                r -> r.findElement(By.cssSelector(".instrument-tier")).getText().equals("1")));

    controls.chooseFromMenu("instruments-form:filter-kind", "Unilateral sanctions");
    assertTrue(rows(browser, PETROLEUM_CAP).isEmpty());
    assertEquals(1, rows(browser, "U.S. secondary sanctions on foreign banks").size());
  }

  @Test
  void administratorChangesTheFrontLoadingThresholdRefusedOutOfRange(Browsers browsers) {
    int before =
        Api.object(Workflow.get("admin", "/api/reciprocity-settings"))
            .getInt("frontLoadingThreshold");
    Browser browser = admin(browsers);
    try {
      assertTrue(browser.element("leverage-points").getText().contains("tier 1 is 3 points"));
      retype(browser, "settings-form:frontLoadingThreshold_input", "1001");
      browser.clickAndWaitForAjax("settings-form:save-settings");
      assertTrue(
          browser.element("settings-form:frontLoadingThreshold-message").getText().contains("1000"),
          browser.element("settings-form:frontLoadingThreshold-message").getText());
      assertEquals(before, threshold());

      retype(browser, "settings-form:frontLoadingThreshold_input", String.valueOf(before + 1));
      browser.clickAndWaitForAjax("settings-form:save-settings");
      assertTrue(messages(browser).contains("Front-loading threshold saved"), messages(browser));
      assertEquals(before + 1, threshold());
    } finally {
      JsonObject settings = Api.object(Workflow.get("admin", "/api/reciprocity-settings"));
      HttpResponse<String> restored =
          Workflow.put(
              "admin",
              "/api/reciprocity-settings",
              Json.createObjectBuilder()
                  .add("frontLoadingThreshold", before)
                  .add("version", settings.getJsonNumber("version").longValue())
                  .build(),
              null);
      assertEquals(200, restored.statusCode(), restored.body());
    }
    assertEquals(before, threshold());
  }

  @Test
  void nonAdministratorGetsAccessDeniedAndNoMenuItem(Browsers browsers) {
    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("envoy");
    assertFalse(browser.isPresent("menu-form:menu-instruments"));

    browser.open(PAGE);

    assertEquals("Access denied", browser.pageTitle());
    assertFalse(browser.isPresent("instruments-form"));
  }

  // --- helpers ---

  private static Browser admin(Browsers browsers) {
    Browser browser = browsers.open();
    browser.beforeEveryDocument(CSP_LISTENER);
    SignInPage.open(browser).signInAs("admin");
    browser.open(PAGE);
    return browser;
  }

  private static void openNew(Browser browser, PrimeFacesControls controls) {
    browser.clickAndWaitForAjax("instruments-form:new-instrument");
    controls.waitForDialog(DIALOG);
  }

  private static void fill(
      Browser browser,
      PrimeFacesControls controls,
      String name,
      String kind,
      String tier,
      String reversibility,
      String agency) {
    browser.type("instrument-form:name", name);
    controls.chooseFromMenu("instrument-form:kind", kind);
    controls.chooseFromMenu(
        "instrument-form:tier",
        switch (tier) {
          case "1" -> "1 – our best leverage";
          case "3" -> "3 – the least";
          default -> tier;
        });
    controls.chooseFromMenu("instrument-form:reversibility", reversibility);
    controls.chooseFromMenu("instrument-form:owningAgency", agency);
  }

  private static List<Integer> tiers(Browser browser) {
    return allRows(browser).stream()
        .map(row -> Integer.valueOf(row.findElement(By.cssSelector(".instrument-tier")).getText()))
        .toList();
  }

  private static String message(Browser browser, String field) {
    return browser.element("instrument-form:" + field + "-message").getText().trim();
  }

  private static String messages(Browser browser) {
    return browser.element("messages").getText();
  }

  private static List<WebElement> allRows(Browser browser) {
    return browser.elements(
        By.cssSelector("[id='instruments-form:instruments'] tbody tr.instrument-row"));
  }

  private static List<WebElement> rows(Browser browser, String name) {
    return allRows(browser).stream()
        .filter(
            row ->
                row.findElements(By.cssSelector(".instrument-name")).stream()
                    .anyMatch(cell -> cell.getText().equals(name)))
        .toList();
  }

  private static WebElement button(Browser browser, String name, String action) {
    return rows(browser, name).get(0).findElement(By.cssSelector("button[id$=':" + action + "']"));
  }

  private static void waitForAjax(Browser browser) {
    browser.waitUntil(d -> Boolean.TRUE.equals(browser.script(Browser.AT_REST)));
  }

  private static void waitForDialogClosed(Browser browser) {
    browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id(DIALOG)));
    waitForAjax(browser);
  }

  @SuppressWarnings("unchecked")
  private static List<String> violations(Browser browser) {
    Object found = browser.script("return window.parleyCspViolations || [];");
    return found instanceof List<?> list ? (List<String>) list : List.of();
  }

  /** Replaces the text of a field the way a user does: select all, type. */
  private static void retype(Browser browser, String id, String text) {
    browser.element(id).sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
  }

  private static int threshold() {
    return Api.object(Workflow.get("admin", "/api/reciprocity-settings"))
        .getInt("frontLoadingThreshold");
  }

  private static JsonObject body(String name) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("kind", "COMBINED_EXERCISE")
        .add("tier", 3)
        .add("reversibility", "EASILY_REVERSIBLE")
        .add("owningAgency", "DEFENSE")
        .build();
  }

  private static JsonObject createThroughRest(String name) {
    HttpResponse<String> created = Workflow.post("admin", "/api/instruments", body(name));
    assertEquals(201, created.statusCode(), created.body());
    return Api.object(created);
  }
}
