package org.parley.inbox.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.parley.support.Inbox;
import org.parley.support.Workflow;
import org.parley.support.browser.Browser;
import org.parley.support.browser.BrowserExtension;
import org.parley.support.browser.Browsers;
import org.parley.support.browser.InboxPage;
import org.parley.support.browser.ProposalDrafts;
import org.parley.support.browser.ProposalEditorPage;
import org.parley.support.browser.SignInPage;
import org.parley.support.database.DatabaseNeutral;

/** The inbox: what waits for the caller, each item linking to where it is done. */
@DatabaseNeutral(
    "the page reads the same InboxService as GET /api/inbox, which InboxResourceIT runs on PostgreSQL")
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
    assertEquals("Waiting for you: nothing.", inbox.total());
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
        InboxPage.open(browser)
            .find(reference)
            .orElseThrow(() -> new AssertionError(reference + " not in the drafter's inbox"));

    assertEquals("REVISE_DRAFT", item.task());
    assertTrue(item.link().endsWith("/proposals/edit.xhtml?id=" + id), item.link());
    browser.open(item.link().substring(item.link().indexOf("/proposals/")));
    assertEquals(title, new ProposalEditorPage(browser).title());
  }

  @Test
  void theInboxShowsTwentyItemsAPageWithTheTotalAndPagesByKeyboard(Browsers browsers) {
    long total = Inbox.page("state", 0, 1).getJsonNumber("total").longValue();
    for (; total < 23; total++) {
      Workflow.submit(Workflow.id(Workflow.draft("Paged " + Workflow.token(), "UNCLASSIFIED")));
    }
    List<String> expected =
        Inbox.all("state").stream().map(item -> item.getString("reference")).toList();
    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("state");

    InboxPage inbox = InboxPage.open(browser);

    assertEquals("Waiting for you: " + expected.size() + " items.", inbox.total());
    assertEquals("1–20 of " + expected.size(), inbox.pageReport());
    List<String> shown = new ArrayList<>(references(inbox));
    assertEquals(expected.subList(0, 20), shown);

    WebElement next =
        browser.element("inbox-form:items").findElement(By.cssSelector(".ui-paginator-next"));
    next.sendKeys(Keys.ENTER);
    browser.waitUntil(
        d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(Browser.AT_REST)));

    assertEquals(expected.subList(20, Math.min(40, expected.size())), references(inbox));
    assertTrue(inbox.pageReport().startsWith("21–"), inbox.pageReport());
  }

  private static List<String> references(InboxPage inbox) {
    return inbox.items().stream().map(InboxPage.Item::reference).toList();
  }
}
