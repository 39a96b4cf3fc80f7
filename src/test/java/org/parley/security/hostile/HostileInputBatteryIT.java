package org.parley.security.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.support.Workflow;
import org.parley.support.browser.BrowserExtension;
import org.parley.support.browser.Browsers;
import org.parley.support.database.DatabaseNeutral;
import org.parley.support.database.DatabaseSensitive;

/**
 * Battery 3 of the Security issue, "hostile input" (OWASP ASVS 4.0.3 V5.1–5.3, NIST 800-53 SI-10):
 * the corpus of {@code src/test/resources/hostile/corpus.txt} into every JSON text field of the
 * REST API ({@link RestBattery}) and every text field of every form ({@link PageBattery}), then
 * every page that shows the stored values rendered in headless Chromium with a dialog hook, the CSV
 * export and the server log ({@link Renders}). Counts are printed in one line, {@code BATTERY
 * hostile-input: ...}; the test fails on any script run, evaluated EL, HTTP 5xx, stack trace, and
 * on every deviation from the input policy (a text refused that must pass, or passed that must be
 * refused, or stored differently from what was sent), all listed in the failure message.
 *
 * <p>Drafting is done by the track's staff and envoy, reviewing by State's reviewer, deciding by a
 * deputy, and rendering by the auditor, who may see every proposal under need-to-know. The forms
 * and the renders run in several browser sessions side by side ({@link Lanes}).
 *
 * <p>What reaches the database as SQL of its own — every payload stored over REST and read back,
 * and sent as the text filter of the list, the export and the dashboard's drill-down — is the first
 * test, which the PostgreSQL run repeats; the second sends the REST battery again (its stored
 * values are what the renders show) and adds the forms and the renders, which do not depend on the
 * engine.
 */
@DatabaseNeutral(
    "the forms and renders of stored text; what is stored over REST and the text filters are the"
        + " database-sensitive test")
@ExtendWith(BrowserExtension.class)
class HostileInputBatteryIT {

  @Test
  @DatabaseSensitive(
      "every payload stored and read back unchanged (Unicode, lengths), and as the text filter"
          + " of the list, the export and the drill-down (LIKE patterns)")
  void hostileInputIsRefusedOrStoredUnchangedAndFiltersWithItAnswerCalmly(Browsers browsers) {
    battery(
        (findings, payloads, restToken) -> {
          new RestBattery(new Rest(findings), findings, restToken).run(payloads);
          new PageBattery(browsers, new Rest(findings), findings, Workflow.token())
              .filters(payloads);
        });
  }

  @Test
  void hostileInputIsRefusedOrShownAsTextAndExportsNeutraliseFormulas(Browsers browsers) {
    battery(
        (findings, payloads, restToken) -> {
          RestBattery api = new RestBattery(new Rest(findings), findings, restToken);
          api.run(payloads);
          String pageToken = Workflow.token();
          PageBattery pages = new PageBattery(browsers, new Rest(findings), findings, pageToken);
          Renders renders = new Renders(browsers, new Rest(findings), findings);
          Lanes lanes = new Lanes(findings);
          pages.addTo(lanes, payloads);
          renders.addTo(lanes, api, restToken);
          lanes.run();
          renders.finish(pages, pageToken);
        });
  }

  /** What a test of the battery sends, with the findings to record in, the corpus and a token. */
  private interface Run {
    void send(Findings findings, List<Payload> payloads, String restToken);
  }

  private static void battery(Run run) {
    Findings findings = new Findings();
    List<Payload> payloads = Corpus.load();
    findings.payloads = payloads.size();
    long started = System.nanoTime();
    try {
      run.send(findings, payloads, Workflow.token());
    } finally {
      System.out.println(
          "hostile-input timing: "
              + Math.round((System.nanoTime() - started) / 1e9)
              + " s; fields: "
              + findings.fields);
      System.out.println(findings.line());
      findings.problems.forEach(
          problem -> System.out.println("hostile-input deviation: " + problem));
    }
    assertEquals(0, findings.scriptExecutions, "script executions");
    assertEquals(0, findings.elEvaluations, "EL evaluations");
    assertEquals(0, findings.http5xx, "HTTP 5xx answers");
    assertEquals(0, findings.stackTraces, "stack traces");
    assertEquals(List.of(), findings.problems, "deviations");
  }
}
