package org.parley.security.hostile;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WrapsDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.parley.support.browser.Browser;
import org.parley.support.browser.Browsers;
import org.parley.support.browser.PrimeFacesControls;
import org.parley.support.browser.SignInPage;
import org.parley.support.browser.Widgets;

/**
 * A headless Chromium session that counts what hostile input could make a page do. Before any
 * script of any document runs, a hook (DevTools {@code Page.addScriptToEvaluateOnNewDocument})
 * replaces {@code alert}, {@code confirm}, {@code prompt} and {@code print} by counters kept in the
 * tab's session storage, records script errors, and keeps every response's status in the
 * performance timeline. After every page load and every ajax answer the battery {@linkplain #scan
 * scans} the document: scripts run, HTTP 5xx (by status, or the server-error page), stack traces or
 * exception names in the source, evaluated EL, and whether each stored value is shown literally.
 */
final class HostileBrowser {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private static final String HOOK =
      """
      (function () {
        function push(key, entry) {
          try {
            var list = JSON.parse(sessionStorage.getItem(key) || '[]');
            list.push(String(entry).slice(0, 200) + ' @ ' + location.pathname);
            sessionStorage.setItem(key, JSON.stringify(list));
          } catch (e) { /* storage unavailable: the alert itself is still swallowed */ }
        }
        window.alert = function (m) { push('parleyHostileHits', 'alert ' + m); };
        window.confirm = function (m) { push('parleyHostileHits', 'confirm ' + m); return false; };
        window.prompt = function (m) { push('parleyHostileHits', 'prompt ' + m); return null; };
        window.print = function () { push('parleyHostileHits', 'print'); };
        window.addEventListener('error', function (e) { push('parleyJsErrors', e.message); });
        try { performance.setResourceTimingBufferSize(10000); } catch (e) { }
      })();
      """;

  private static final String COLLECT =
      """
      function take(key) {
        var list = JSON.parse(sessionStorage.getItem(key) || '[]');
        sessionStorage.removeItem(key);
        return list;
      }
      var entries = performance.getEntries();
      var from = window.parleySeenEntries || 0;
      window.parleySeenEntries = entries.length;
      var failed = entries.slice(from)
          .filter(function (e) { return e.responseStatus >= 500; })
          .map(function (e) { return e.responseStatus + ' ' + e.name; });
      var title = document.getElementById('page-title');
      return {
        hits: take('parleyHostileHits'),
        errors: take('parleyJsErrors'),
        failed: failed,
        title: title ? title.textContent.trim() : '',
        text: document.body ? document.body.textContent : ''
      };
      """;

  private static final String SERVER_ERROR_TITLE =
      ResourceBundle.getBundle("org.parley.messages").getString("error.serverError.title");

  private final Browsers browsers;
  private final Browser browser;
  private final ChromeDriver driver;
  private final Findings findings;
  private final String user;

  private HostileBrowser(Browsers browsers, Findings findings, String user) {
    this.browsers = browsers;
    this.browser = browsers.open();
    this.findings = findings;
    this.user = user;
    browser.open("/login.xhtml");
    this.driver = (ChromeDriver) ((WrapsDriver) browser.element("login-form")).getWrappedDriver();
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOK));
    browser.open("/login.xhtml");
  }

  /** A new session signed in as {@code user}, or signed out when {@code user} is null. */
  static HostileBrowser open(Browsers browsers, Findings findings, String user) {
    HostileBrowser hostile = new HostileBrowser(browsers, findings, user);
    if (user != null) {
      new SignInPage(hostile.browser).signInAs(user);
    }
    return hostile;
  }

  String user() {
    return user;
  }

  /** Downloads go to {@code dir}. */
  void downloadTo(Path dir) {
    driver.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", dir.toString(), "eventsEnabled", true));
  }

  /** Opens {@code path} and scans it as a render that must show {@code mustShow} literally. */
  void render(String what, String path, Collection<String> mustShow) {
    try {
      browser.open(path);
    } catch (UnhandledAlertException alert) {
      dismiss(what, alert);
    }
    scan(what, mustShow);
  }

  /** Sets the value of the input {@code id} as a hostile client would: no maxlength, no filter. */
  void setText(String id, String value) {
    Object found =
        js(
            "var e = document.getElementById(arguments[0]);"
                + "if (!e) { return false; }"
                // A text input drops line breaks from its value; a hidden one keeps what it is
                // given.
                + "if (e.tagName === 'INPUT' && e.type !== 'hidden') { e.type = 'hidden'; }"
                + "e.value = arguments[1];"
                + "return true;",
            id,
            value);
    missing(found, id);
  }

  private void missing(Object found, String id) {
    if (!Boolean.TRUE.equals(found)) {
      findings.problem("no control " + id + " on " + currentPath());
    }
  }

  /** Chooses {@code value} in the native select behind the PrimeFaces menu {@code id}. */
  void setSelect(String id, String value) {
    Object found =
        js(
            "var s = document.getElementById(arguments[0] + '_input');"
                + "if (!s) { return false; }"
                + "s.value = arguments[1];"
                + "return true;",
            id,
            value);
    missing(found, id);
  }

  /** Runs {@code script} in the page (e.g. to open a dialog or tamper with a select). */
  Object js(String script, Object... arguments) {
    try {
      return ((JavascriptExecutor) driver).executeScript(script, arguments);
    } catch (UnhandledAlertException alert) {
      dismiss("script", alert);
      return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }
  }

  /** Whether a click led to another page or left the current one updated by ajax. */
  enum Outcome {
    NAVIGATED,
    STAYED
  }

  /**
   * Clicks the control {@code id}, waits until the browser has either loaded the next page or
   * applied the ajax answer, and scans the result as a render.
   */
  Outcome click(String what, String id, Collection<String> mustShow) {
    if (!isPresent(id)) {
      findings.problem(what + ": no control " + id + " on " + currentPath());
      return Outcome.STAYED;
    }
    return act(what, "document.getElementById(arguments[0]).click();", id, mustShow);
  }

  /** As {@link #click}, with the control found by {@code script} (given {@code argument}). */
  Outcome act(String what, String script, Object argument, Collection<String> mustShow) {
    js(
        "window.parleyMarker = true; window.parleyLeaving = false; window.parleyAjaxDone = false;"
            + "window.addEventListener('beforeunload', function () { window.parleyLeaving = true; });"
            + "if (window.jQuery) { jQuery(document).one('pfAjaxComplete',"
            + " function () { window.parleyAjaxDone = true; }); }",
        argument);
    js(script, argument);
    Outcome outcome = waitForOutcome(what);
    scan(what, mustShow);
    return outcome;
  }

  /** The text of the page as it is now. */
  String text() {
    return (String) js("return document.body ? document.body.textContent : '';");
  }

  private Outcome waitForOutcome(String what) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    long settledSince = 0;
    long clicked = System.nanoTime();
    while (System.nanoTime() < deadline) {
      try {
        Object state =
            ((JavascriptExecutor) driver)
                .executeScript(
                    "if (window.parleyMarker === undefined) {"
                        + " return document.readyState === 'complete'"
                        + " && (typeof PrimeFaces === 'undefined' || PrimeFaces.ajax.Queue.isEmpty())"
                        + " ? 'navigated' : 'loading'; }"
                        + "if (window.parleyLeaving) { return 'leaving'; }"
                        // A button stays disabled for PrimeFaces' minimum loading animation
                        // (500 ms) after its request: the next click must wait for it.
                        + "var idle = typeof PrimeFaces === 'undefined'"
                        + " || (PrimeFaces.ajax.Queue.isEmpty()"
                        + " && !document.querySelector('.ui-state-loading'));"
                        + "return (window.parleyAjaxDone && idle) ? 'done' : (idle ? 'idle' : 'busy');");
        if ("navigated".equals(state)) {
          return Outcome.NAVIGATED;
        }
        boolean settled =
            "done".equals(state)
                || ("idle".equals(state) && System.nanoTime() - clicked > 2_000_000_000L);
        if (settled) {
          if (settledSince == 0) {
            settledSince = System.nanoTime();
          } else if (System.nanoTime() - settledSince > 400_000_000L) {
            return Outcome.STAYED;
          }
        } else {
          settledSince = 0;
        }
      } catch (UnhandledAlertException alert) {
        dismiss(what, alert);
      } catch (WebDriverException navigating) {
        // The document is being replaced; ask again.
      }
      sleep(50);
    }
    findings.problem(what + ": neither a new page nor an ajax answer within " + TIMEOUT);
    return Outcome.STAYED;
  }

  /**
   * Whether the input {@code id} was refused with a message next to it: the input is marked invalid
   * and the field around it shows an error message.
   */
  boolean refusedNextTo(String id) {
    Object marked =
        js(
            "var e = document.getElementById(arguments[0]);"
                + "if (!e) { return false; }"
                + "var field = e.closest('.field');"
                + "var message = field && field.querySelector('.ui-message-error');"
                + "return e.classList.contains('ui-state-error')"
                + " && !!message && message.textContent.trim().length > 0;",
            id);
    return Boolean.TRUE.equals(marked);
  }

  /** Picks {@code label} in the radio group or select button {@code id}, as a user clicks it. */
  void chooseOption(String id, String label) {
    new PrimeFacesControls(browser).chooseOption(id, label);
  }

  /** Picks {@code label} in the PrimeFaces select menu {@code id} (with its ajax, if any). */
  void chooseFromMenu(String id, String label) {
    Widgets.selectOneMenu(browser, id, label);
  }

  /** Opens the tab titled {@code title} of the tab view {@code id}. */
  void openTab(String id, String title) {
    Widgets.openTab(browser, id, title);
  }

  /** Opens {@code path} without scanning it (the caller scans after what it does there). */
  void go(String path) {
    try {
      browser.open(path);
    } catch (UnhandledAlertException alert) {
      dismiss(path, alert);
    }
  }

  void close() {
    browsers.close(browser);
  }

  String currentPath() {
    return browser.currentPath();
  }

  boolean isPresent(String id) {
    return browser.isPresent(id);
  }

  /** Scans the document as it is now; a render of the battery. */
  @SuppressWarnings("unchecked")
  void scan(String what, Collection<String> mustShow) {
    findings.renders++;
    Map<String, Object> state = (Map<String, Object>) js(COLLECT);
    List<String> hits = (List<String>) state.get("hits");
    if (!hits.isEmpty()) {
      findings.scriptExecutions += hits.size();
      findings.problem(what + ": script ran: " + hits);
    }
    List<String> errors = (List<String>) state.get("errors");
    if (!errors.isEmpty()) {
      findings.jsErrors += errors.size();
      findings.problem(what + ": script errors: " + errors);
    }
    List<String> failed = (List<String>) state.get("failed");
    String title = (String) state.get("title");
    if (!failed.isEmpty() || SERVER_ERROR_TITLE.equals(title)) {
      findings.http5xx += Math.max(1, failed.size());
      findings.problem(what + ": server error " + failed + " (page title \"" + title + "\")");
    }
    List<String> traces = Scan.stackTraces(driver.getPageSource());
    if (!traces.isEmpty()) {
      findings.stackTraces++;
      findings.problem(what + ": stack trace or exception name in the page: " + traces);
    }
    String text = (String) state.get("text");
    List<String> markers = Scan.elMarkers(text);
    if (!markers.isEmpty()) {
      findings.elEvaluations++;
      findings.problem(what + ": evaluated EL in the page: " + markers);
    }
    for (String value : mustShow) {
      if (Scan.shows(text, value)) {
        continue;
      }
      if (Scan.showsEvaluated(text, value)) {
        findings.elEvaluations++;
        findings.problem(what + ": shows the stored value evaluated: " + Rest.abbreviated(value));
      } else {
        findings.problem(what + ": does not show the stored value " + Rest.abbreviated(value));
      }
    }
  }

  private void dismiss(String what, UnhandledAlertException alert) {
    findings.scriptExecutions++;
    findings.problem(what + ": an alert opened despite the hook: " + alert.getAlertText());
    try {
      driver.switchTo().alert().accept();
    } catch (WebDriverException gone) {
      // Already closed.
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
