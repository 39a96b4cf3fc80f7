package org.parley.security.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.support.Workflow;
import org.parley.support.browser.BrowserExtension;
import org.parley.support.browser.Browsers;

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
 * deputy, and rendering by the auditor, who may see every proposal under need-to-know.
 */
@ExtendWith(BrowserExtension.class)
class HostileInputBatteryIT {

  @Test
  void hostileInputIsRefusedOrShownAsTextAndExportsNeutraliseFormulas(Browsers browsers) {
    Findings findings = new Findings();
    List<Payload> payloads = Corpus.load();
    findings.payloads = payloads.size();
    String restToken = Workflow.token();
    String pageToken = Workflow.token();
    Rest rest = new Rest(findings);

    long started = System.nanoTime();
    long restDone = started;
    long pagesDone = started;
    try {
      RestBattery api = new RestBattery(rest, findings, restToken);
      api.run(payloads);
      restDone = System.nanoTime();
      PageBattery pages = new PageBattery(browsers, rest, findings, pageToken);
      pages.run(payloads);
      pagesDone = System.nanoTime();
      new Renders(browsers, rest, findings).run(api, pages, restToken, pageToken);
    } finally {
      System.out.println(
          "hostile-input timing: REST "
              + seconds(restDone - started)
              + " s, forms "
              + seconds(pagesDone - restDone)
              + " s, all "
              + seconds(System.nanoTime() - started)
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

  private static long seconds(long nanos) {
    return Math.round(nanos / 1e9);
  }
}
