package org.parley.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.support.ProposalScenario.content;
import static org.parley.support.ProposalScenario.ours;
import static org.parley.support.ProposalScenario.phase;
import static org.parley.support.ProposalScenario.step;
import static org.parley.support.ProposalScenario.theirs;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.parley.support.ProposalScenario;
import org.parley.support.SideBySide;
import org.parley.support.Workflow;
import org.parley.support.browser.Browser;
import org.parley.support.browser.BrowserExtension;
import org.parley.support.browser.Browsers;
import org.parley.support.browser.Layout;
import org.parley.support.browser.SignInPage;
import org.parley.support.browser.Widgets;
import org.parley.support.database.DatabaseNeutral;

/**
 * Battery 6 of the Security issue, the browser half: every page of the portal, walked in headless
 * Chromium by users of every kind of role, with the interactions that run PrimeFaces' moved event
 * handlers (dialogs opened and closed, ajax filters, validation, paging), under the strict
 * Content-Security-Policy (docs/adr/0007). A listener installed before any page script collects
 * every {@code securitypolicyviolation}; there must be none. Prints {@code BATTERY csp: pages=N
 * interactions=I violations=V} (pages opened by address, interactions on them).
 */
@DatabaseNeutral(
    "the Content-Security-Policy of pages and scripts, the same whatever stores the data")
@ExtendWith(BrowserExtension.class)
class ContentSecurityPolicyBrowserIT {

  /** Collects the violations of each document into {@code window.parleyCspViolations}. */
  private static final String LISTENER =
      "window.parleyCspViolations = [];"
          + "document.addEventListener('securitypolicyviolation', function (e) {"
          + "  window.parleyCspViolations.push(e.effectiveDirective + ' blocked '"
          + "    + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber"
          + "    + ' ' + (e.sample || ''));"
          + "}, true);";

  private static final Pattern INCIDENT_ID = Pattern.compile("[0-9A-HJKMNP-TV-Z]{8}");

  private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger pages = new AtomicInteger();
  private final AtomicInteger interactions = new AtomicInteger();

  @Test
  void theListenerSeesAViolationAndTheBrowserEnforcesThePolicy(Browsers browsers) {
    Browser browser = csp(browsers);
    browser.open("/login.xhtml");
    assertEquals(List.of(), collect(browser));

    browser.script(
        "var s = document.createElement('script');"
            + "s.textContent = 'window.parleyInjected = true;';"
            + "document.head.appendChild(s);");

    List<String> caught = collect(browser);
    assertEquals(1, caught.size(), caught.toString());
    assertTrue(caught.get(0).startsWith("script-src-elem blocked inline"), caught.get(0));
    assertEquals(null, browser.script("return window.parleyInjected === undefined ? null : 1;"));
  }

  @Test
  void everyPageRunsWithoutAViolation(Browsers browsers) {
    long draft = Workflow.id(Workflow.draft(Workflow.token() + " CSP draft", "SECRET"));
    long inClearance = Workflow.id(Workflow.draft(Workflow.token() + " CSP clearance", "SECRET"));
    Workflow.submit(inClearance);
    long awaiting =
        Workflow.id(Workflow.awaitingDecision(Workflow.token() + " CSP decision", "SECRET"));
    long commented = ProposalScenario.create(version("20", "Liaison"));
    ProposalScenario.submit(commented);
    ProposalScenario.position(commented, "STATE", "CHANGES_REQUESTED", "MAJOR", "More remains.");
    long revised = ProposalScenario.create(version("20", "Liaison"));
    ProposalScenario.submit(revised);
    ProposalScenario.position(revised, "STATE", "CHANGES_REQUESTED", "MAJOR", "More remains.");
    ProposalScenario.acceptAllComments(revised);
    ProposalScenario.revise(revised, version("50", "Liaison offices"));
    ProposalScenario.submit(revised);

    // Each user walks in a browser session of their own, side by side with the others.
    SideBySide.runAll(
        List.<Runnable>of(
            () -> anonymousWalks(browsers),
            () -> drafterWalks(browsers, draft, commented, revised),
            () -> envoyWalks(browsers, draft, inClearance),
            () -> stateWalks(browsers, inClearance),
            () -> principalWalks(browsers, awaiting),
            () -> adminWalks(browsers),
            () -> auditorWalks(browsers, inClearance)));

    System.out.println(
        "BATTERY csp: pages="
            + pages
            + " interactions="
            + interactions
            + " violations="
            + violations.size());
    assertEquals(List.of(), violations);
    assertNotEquals(0, pages.get());
  }

  // --- walking ---

  private void anonymousWalks(Browsers browsers) {
    Browser anonymous = csp(browsers);
    visit(anonymous, "/login.xhtml");
    SignInPage signIn = new SignInPage(anonymous);
    signIn.signIn("envoy", "not-the-password");
    settle(anonymous, "anonymous: failed sign-in");
  }

  private void drafterWalks(Browsers browsers, long draft, long commented, long revised) {
    Browser drafter = signedIn(browsers, "drafter");
    visit(drafter, "/");
    visit(drafter, "/inbox.xhtml");
    visit(drafter, "/tracks/list.xhtml");
    visit(drafter, "/proposals/list.xhtml");
    drafter.clickAndWaitForAjax("proposals-form:apply-filters");
    settle(drafter, "drafter: list filtered");
    visit(drafter, "/proposals/view.xhtml?id=" + draft);
    visit(drafter, "/proposals/edit.xhtml?id=" + draft);
    drafter.clickAndWaitForAjax(first(drafter, "[id$=':add-step']"));
    settle(drafter, "drafter: step added");
    Widgets.selectOneMenu(
        drafter, first(drafter, "[id$=':their-verification']").getDomAttribute("id"), "None");
    settle(drafter, "drafter: live reciprocity findings");
    visit(drafter, "/proposals/edit.xhtml?trackId=" + Workflow.TRACK);
    visit(drafter, "/clearance/comments.xhtml?id=" + commented);
    drafter.clickAndWaitForAjax(first(drafter, "[id$=':reject']"));
    settle(drafter, "drafter: reject dialog opened");
    drafter.clickAndWaitForAjax("reject-form:cancel-reject");
    settle(drafter, "drafter: reject dialog closed");
    visit(drafter, "/proposals/redline.xhtml?id=" + revised + "&from=1&to=2");
    visit(drafter, "/proposals/view.xhtml?id=" + revised);
    drafter.clickAndWaitForAjax(first(drafter, "a[href='#proposal-tabs:tab-history']"));
    settle(drafter, "drafter: history tab");
    visit(drafter, "/proposals/ledger.xhtml?id=" + revised);
    visit(drafter, "/proposals/ledger.xhtml?id=" + draft);
  }

  private void envoyWalks(Browsers browsers, long draft, long inClearance) {
    Browser envoy = signedIn(browsers, "envoy");
    visit(envoy, "/");
    visit(envoy, "/proposals/view.xhtml?id=" + draft);
    envoy.clickAndWaitForAjax("actions-form:open-submit");
    settle(envoy, "envoy: submit dialog opened");
    envoy.clickAndWaitForAjax("submit-form:cancel-submit");
    settle(envoy, "envoy: submit dialog closed");
    visit(envoy, "/proposals/view.xhtml?id=" + inClearance);
    envoy.clickAndWaitForAjax("actions-form:open-withdraw");
    settle(envoy, "envoy: withdraw dialog opened");
    envoy.clickAndWaitForAjax("withdraw-form:cancel-withdraw");
    settle(envoy, "envoy: withdraw dialog closed");
    visit(envoy, "/no-such-page.xhtml");
    assertEquals("Page not found", envoy.pageTitle());
    visit(envoy, "/admin/users.xhtml");
    assertEquals("Access denied", envoy.pageTitle());
    visit(envoy, "/proposals/list.xhtml");
    envoy.script(
        "PrimeFaces.ab({source: 'proposals-form:proposals', process: 'proposals-form:proposals',"
            + " update: 'proposals-form:proposals', params: ["
            + "{name: 'proposals-form:proposals_pagination', value: true},"
            + "{name: 'proposals-form:proposals_first', value: 'not-a-number'},"
            + "{name: 'proposals-form:proposals_rows', value: 10},"
            + "{name: 'proposals-form:proposals_encodeFeature', value: true}]});");
    envoy.waitUntil(d -> envoy.isPresent("incident-id"));
    settle(envoy, "envoy: server-error page (incident) after a tampered ajax request");
    assertTrue(INCIDENT_ID.matcher(envoy.element("incident-id").getText()).matches());
  }

  private void stateWalks(Browsers browsers, long inClearance) {
    Browser state = signedIn(browsers, "state");
    visit(state, "/");
    visit(state, "/inbox.xhtml");
    visit(state, "/clearance/review.xhtml?id=" + inClearance);
    state.clickAndWaitForAjax("review-form:review");
    settle(state, "state: review validated (oncomplete)");
    state.clickAndWaitForAjax("review-form:add-comment");
    settle(state, "state: comment row added");
  }

  private void principalWalks(Browsers browsers, long awaiting) {
    Browser principal = signedIn(browsers, "principal");
    visit(principal, "/");
    visit(principal, "/decisions/decide.xhtml?id=" + awaiting);
    principal.clickAndWaitForAjax("decide-form:decide");
    settle(principal, "principal: decision validated (oncomplete)");
    visit(principal, "/proposals/view.xhtml?id=" + awaiting);
    // The dashboard (issue 7): charts, the push socket, drill-down, its filter and paging, a
    // validation message, and a refresh pushed by work that moved elsewhere.
    visit(principal, "/dashboard.xhtml?from=2020-01-01");
    principal.waitUntil(
        d ->
            "open"
                .equals(principal.script("return document.getElementById('live').dataset.state;")));
    settle(principal, "principal: dashboard push socket open");
    principal.clickAndWaitForAjax("tiles-form:pipeline-all");
    principal.waitUntil(d -> principal.isPresent("drill-form:drill-table"));
    settle(principal, "principal: dashboard drill-down opened");
    principal.clickAndWaitForAjax(first(principal, "#drill-form\\:drill-table .ui-paginator-next"));
    settle(principal, "principal: dashboard drill-down paged");
    principal.type("drill-form:drill-text", "CSP");
    principal.clickAndWaitForAjax("drill-form:drill-filter");
    settle(principal, "principal: dashboard drill-down filtered");
    String asOf = principal.element("as-of").getDomAttribute("data-as-of");
    Workflow.draft(Workflow.token() + " CSP pushed", "SECRET");
    principal.waitUntil(
        d -> {
          try {
            return !asOf.equals(principal.element("as-of").getDomAttribute("data-as-of"));
          } catch (org.openqa.selenium.StaleElementReferenceException updating) {
            return false;
          }
        });
    settle(principal, "principal: dashboard refreshed by a push");
    principal
        .element("filter-form:to_input")
        .sendKeys(
            org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "2019-01-01");
    principal.clickAndWaitForAjax("filter-form:apply");
    settle(principal, "principal: dashboard period refused");
    visit(principal, "/dashboard.xhtml?tile=leverage&key=NONE&from=2020-01-01");
  }

  private void adminWalks(Browsers browsers) {
    Browser admin = signedIn(browsers, "admin");
    visit(admin, "/");
    visit(admin, "/admin/users.xhtml");
    admin.clickAndWaitForAjax(first(admin, ".ui-paginator-next"));
    settle(admin, "admin: user directory paged");
    visit(admin, "/admin/routing-rules.xhtml");
    admin.clickAndWaitForAjax("add-form:add");
    settle(admin, "admin: routing rule validated");
  }

  private void auditorWalks(Browsers browsers, long inClearance) {
    Browser auditor = signedIn(browsers, "auditor");
    visit(auditor, "/");
    visit(auditor, "/proposals/list.xhtml");
    visit(auditor, "/proposals/view.xhtml?id=" + inClearance);
    new Layout(auditor).signOut();
    settle(auditor, "auditor: signed out");
  }

  /** A browser whose every document reports its CSP violations. */
  private static Browser csp(Browsers browsers) {
    Browser browser = browsers.open();
    browser.beforeEveryDocument(LISTENER);
    return browser;
  }

  private Browser signedIn(Browsers browsers, String user) {
    Browser browser = csp(browsers);
    visit(browser, "/login.xhtml");
    SignInPage.open(browser).signInAs(user);
    settle(browser, user + ": signed in");
    return browser;
  }

  private void visit(Browser browser, String path) {
    browser.open(path);
    pages.incrementAndGet();
    assertFalse(browser.pageSource().contains("Something went wrong"), "server error on " + path);
    settle(browser, path);
  }

  /** Collects the violations of the current page, naming where they happened. */
  private void settle(Browser browser, String where) {
    if (!where.startsWith("/")) {
      interactions.incrementAndGet();
    }
    for (String violation : collect(browser)) {
      violations.add(where + ": " + violation);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> collect(Browser browser) {
    try {
      Thread.sleep(300); // violation events are queued as tasks: let them fire
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Object found =
        browser.script(
            "var v = window.parleyCspViolations || []; window.parleyCspViolations = []; return v;");
    return found instanceof List<?> list ? (List<String>) list : List.of();
  }

  private static WebElement first(Browser browser, String css) {
    List<WebElement> found = browser.elements(By.cssSelector(css));
    assertFalse(found.isEmpty(), "nothing matches " + css + " on " + browser.currentPath());
    return found.get(0);
  }

  /** Two versions of a proposal that clearance sends to State only. */
  private static JsonObject version(String remains, String secondPhase) {
    return content(
        Workflow.token() + " CSP redline",
        "Aid in return for the remains of servicemen.",
        "UNCLASSIFIED",
        phase(
            "Humanitarian",
            step(
                ours("HUMANITARIAN_AID", "Deliver food aid through the WFP", "EASILY_REVERSIBLE"),
                theirs(
                    "REPATRIATION",
                    "Return the remains of " + remains + " servicemen",
                    "IRREVERSIBLE",
                    "NONE"))),
        phase(
            secondPhase,
            step(
                ours("LIAISON_OFFICE", "Open liaison offices", "REVERSIBLE_AT_COST"),
                theirs("REPATRIATION", "Joint recovery missions", "EASILY_REVERSIBLE", "NONE"))));
  }
}
