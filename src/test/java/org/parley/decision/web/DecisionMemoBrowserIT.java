package org.parley.decision.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.support.PdfText;
import org.parley.support.Workflow;
import org.parley.support.browser.Browser;
import org.parley.support.browser.BrowserExtension;
import org.parley.support.browser.Browsers;
import org.parley.support.browser.SignInPage;
import org.parley.support.database.DatabaseNeutral;

/**
 * The "Decision memo (PDF)" button of the decision page and the proposal page: it sends its form as
 * the page would, with the page's session and view state, and the answer is the memo's PDF.
 */
@DatabaseNeutral(
    "the page's button sends the form; DecisionMemoResourceIT reads the memo on PostgreSQL")
@ExtendWith(BrowserExtension.class)
class DecisionMemoBrowserIT {

  private static final String DECIDE_BUTTON = "memo-form:memo:download";
  private static final String PROPOSAL_BUTTON = "actions-form:memo:download";

  /**
   * Posts the form of the button {@code arguments[0]} exactly as clicking it would (its fields, its
   * view state and the button itself), and hands back the answer's status, headers and body.
   */
  private static final String SEND_BUTTONS_FORM =
      """
      const done = arguments[arguments.length - 1];
      const button = document.getElementById(arguments[0]);
      const data = new URLSearchParams(new FormData(button.form));
      data.append(button.name, button.value || '');
      fetch(button.form.action, {method: 'POST', body: data, credentials: 'same-origin'})
        .then(answer => answer.arrayBuffer().then(buffer => {
          const bytes = new Uint8Array(buffer);
          let binary = '';
          for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
          done({status: answer.status,
                type: answer.headers.get('Content-Type'),
                disposition: answer.headers.get('Content-Disposition'),
                cache: answer.headers.get('Cache-Control'),
                body: btoa(binary)});
        }))
        .catch(error => done({error: String(error)}));
      """;

  private final String token = Workflow.token();

  @Test
  void theDecisionPagesButtonDeliversTheMemo(Browsers browsers) {
    long id = Workflow.id(Workflow.awaitingDecision("Memo button " + token, "SECRET"));
    String reference = Workflow.read("envoy", id).getString("reference");
    Browser principal = browsers.open();
    SignInPage.open(principal).signInAs("principal");
    principal.open("/decisions/decide.xhtml?id=" + id);

    assertEquals("Decision memo (PDF)", principal.element(DECIDE_BUTTON).getText());
    Map<String, Object> answer = download(principal, DECIDE_BUTTON);

    assertEquals(200L, answer.get("status"), answer.toString());
    assertEquals("application/pdf", answer.get("type"));
    assertEquals(
        "attachment; filename=\"" + reference + "-v1-memo.pdf\"", answer.get("disposition"));
    assertEquals("no-store", answer.get("cache"));
    PdfText pdf = pdf(answer);
    String text = pdf.flat();
    for (String section :
        List.of(
            "Summary",
            "Ledger",
            "Reciprocity findings",
            "Clearance sheet",
            "Split memo",
            "Decision")) {
      assertTrue(text.contains(" " + section + " "), section + " in " + text);
    }
    assertTrue(text.contains("Memo button " + token), text);
    assertTrue(text.contains("by Pat Principal (principal)"), text);
    for (int page = 0; page < pdf.pageCount(); page++) {
      assertEquals("SECRET", pdf.tops().get(page));
      assertEquals("SECRET", pdf.bottoms().get(page));
    }
    // The page is still there to decide on.
    assertTrue(principal.isPresent("decide-form"));
  }

  @Test
  void theProposalPageOffersTheMemoOnceAVersionWasSubmitted(Browsers browsers) {
    long submitted = Workflow.id(Workflow.awaitingDecision("Memo offered " + token, "SECRET"));
    long draft = Workflow.id(Workflow.draft("No memo yet " + token, "SECRET"));
    Browser drafter = browsers.open();
    SignInPage.open(drafter).signInAs("drafter");

    drafter.open("/proposals/view.xhtml?id=" + draft);
    assertFalse(drafter.isPresent(PROPOSAL_BUTTON), "a draft never submitted has no memo");

    drafter.open("/proposals/view.xhtml?id=" + submitted);
    Map<String, Object> answer = download(drafter, PROPOSAL_BUTTON);
    assertEquals(200L, answer.get("status"), answer.toString());
    assertEquals("application/pdf", answer.get("type"));
    assertTrue(pdf(answer).flat().contains("Memo offered " + token));
    assertNull(answer.get("error"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> download(Browser browser, String button) {
    browser.element(button);
    return (Map<String, Object>) browser.asyncScript(SEND_BUTTONS_FORM, button);
  }

  private static PdfText pdf(Map<String, Object> answer) {
    return PdfText.read(Base64.getDecoder().decode((String) answer.get("body")));
  }
}
