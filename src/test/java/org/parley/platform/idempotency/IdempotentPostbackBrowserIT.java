package org.parley.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.support.Workflow;
import org.parley.support.browser.Browser;
import org.parley.support.browser.BrowserExtension;
import org.parley.support.browser.Browsers;
import org.parley.support.browser.PrimeFacesControls;
import org.parley.support.browser.SignInPage;
import org.parley.support.database.DatabaseSensitive;

/**
 * A page's postback sent twice (a double click, a balancer resending it to another node after a
 * crash) records one decision: the second is answered as the first, with a calm note instead of an
 * error (issue 5, docs/adr/0012). The browser sends the confirmed decision's ajax postback twice
 * with the same view state, as a retry would.
 */
@DatabaseSensitive("the page's postback goes through the stored idempotency keys")
@ExtendWith(BrowserExtension.class)
class IdempotentPostbackBrowserIT {

  /** Posts the decide form's "confirm" postback; answers the partial response's text. */
  private static final String CONFIRM_TWICE =
      """
      const form = document.getElementById('decide-form');
      const data = new URLSearchParams(new FormData(form));
      data.set('jakarta.faces.partial.ajax', 'true');
      data.set('jakarta.faces.source', 'decide-form:confirm-decide');
      data.set('jakarta.faces.partial.execute', 'decide-form');
      data.set('jakarta.faces.partial.render', 'decide-form:decide-fields messages');
      data.set('decide-form:confirm-decide', 'decide-form:confirm-decide');
      const send = () => fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin',
          headers: {'Faces-Request': 'partial/ajax'}}).then(r => r.text());
      const done = arguments[arguments.length - 1];
      send().then(first => send().then(second => done([first, second])))
          .catch(e => done(['failed: ' + e, '']));
      """;

  @Test
  void aDecisionPostedTwiceIsRecordedOnceAndTheSecondIsACalmReplay(Browsers browsers) {
    long id =
        Workflow.id(Workflow.awaitingDecision("Double click " + Workflow.token(), "UNCLASSIFIED"));

    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("principal");
    browser.open("/decisions/decide.xhtml?id=" + id);
    new PrimeFacesControls(browser).chooseOption("decide-form:outcome", "Approved");
    browser.type("decide-form:rationale", "Sound, and sent twice.");

    @SuppressWarnings("unchecked")
    List<String> answers = (List<String>) browser.asyncScript(CONFIRM_TWICE);

    assertTrue(answers.get(0).contains("<redirect"), answers.get(0));
    assertTrue(answers.get(1).contains("<redirect"), "the retry is no error: " + answers.get(1));
    assertEquals(1, Collections.frequency(Workflow.actions(id), "DECIDED"));
    assertEquals("APPROVED", Workflow.read("principal", id).getString("status"));

    browser.open("/decisions/decide.xhtml?id=" + id);
    String messages = browser.element("messages").getText();
    assertTrue(messages.contains("decision is recorded"), messages);
    assertTrue(messages.contains("not applied twice"), messages);
  }
}
