package org.parley.inbox.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.support.browser.Browser;
import org.parley.support.browser.BrowserExtension;
import org.parley.support.browser.Browsers;
import org.parley.support.browser.InboxPage;
import org.parley.support.browser.ProposalDrafts;
import org.parley.support.browser.ProposalEditorPage;
import org.parley.support.browser.SignInPage;

/** The inbox: what waits for the caller, each item linking to where it is done. */
@ExtendWith(BrowserExtension.class)
class InboxBrowserIT {

  @Test
  void anEmptyInboxSaysSo(Browsers browsers) {
    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("admin");

    browser.clickAndWaitForPage("menu-form:menu-inbox");

    assertEquals("Inbox", browser.pageTitle());
    InboxPage inbox = new InboxPage(browser);
    assertEquals(0, inbox.items().size());
    assertTrue(inbox.text().contains("Nothing waits for you."), inbox.text());
    assertEquals("UNCLASSIFIED", inbox.banner());
  }

  @Test
  void aDraftWaitsInTheDraftersInboxAndLeadsToTheEditor(Browsers browsers) {
    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("drafter");
    String title = "Inbox draft " + ProposalDrafts.uniqueTag();
    long id = ProposalDrafts.titledOnly(browser, title).id();
    String reference = browser.element("reference").getText();

    InboxPage.Item item =
        InboxPage.open(browser).items().stream()
            .filter(i -> i.reference().equals(reference))
            .findFirst()
            .orElseThrow(() -> new AssertionError(reference + " not in the drafter's inbox"));

    assertEquals("REVISE_DRAFT", item.task());
    assertTrue(item.link().endsWith("/proposals/edit.xhtml?id=" + id), item.link());
    browser.open(item.link().substring(item.link().indexOf("/proposals/")));
    assertEquals(title, new ProposalEditorPage(browser).title());
  }
}
