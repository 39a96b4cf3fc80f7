package org.parley.proposal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.parley.support.browser.Browser;
import org.parley.support.browser.BrowserExtension;
import org.parley.support.browser.Browsers;
import org.parley.support.browser.ProposalDrafts;
import org.parley.support.browser.ProposalListPage;
import org.parley.support.browser.SignInPage;
import org.parley.support.database.DatabaseSensitive;

/** The track list and the lazy proposal list: paging, sorting and filtering in the database. */
@DatabaseSensitive("the lazy list pages, sorts and filters in the database")
@ExtendWith(BrowserExtension.class)
class ProposalListBrowserIT {

  @Test
  void theListPagesSortsAndFiltersInTheDatabase(Browsers browsers) {
    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("drafter");
    String tag = ProposalDrafts.uniqueTag();
    List<String> titles =
        IntStream.rangeClosed(1, 11).mapToObj(n -> "%s list %02d".formatted(tag, n)).toList();
    // Created out of order, so that neither creation nor update order equals title order.
    for (int n : new int[] {5, 0, 10, 3, 8, 1, 6, 9, 2, 7, 4}) {
      ProposalDrafts.titledOnly(browser, titles.get(n));
    }

    ProposalListPage list = ProposalListPage.open(browser).filterText(tag);

    assertEquals("1–10 / 11", list.pageReport());
    assertEquals(10, list.titles().size());
    list.sortBy("title");
    assertEquals(titles.subList(0, 10), list.titles());
    list.nextPage();
    assertEquals("11–11 / 11", list.pageReport());
    assertEquals(List.of(titles.get(10)), list.titles());
    list.sortBy("title");
    assertEquals("1–10 / 11", list.pageReport(), "sorting starts again on the first page");
    assertEquals(titles.get(10), list.titles().get(0));

    list.filterStatus("Approved");
    assertEquals(List.of(), list.titles());
    assertTrue(list.tableText().contains("No proposal matches."));
    list.filterStatus("Draft");
    assertEquals(10, list.titles().size());
    list.filterTrack("DPRK denuclearization — summit");
    assertEquals(List.of(), list.titles());
    list.filterTrack("DPRK denuclearization — working level");
    assertEquals("1–10 / 11", list.pageReport());
    list.filterText(tag + " list 07");
    assertEquals(List.of(titles.get(6)), list.titles());
  }

  @Test
  void theBannerShowsTheHighestClassificationTheFilteredListHolds(Browsers browsers) {
    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("drafter");
    String tag = ProposalDrafts.uniqueTag();
    ProposalDrafts.titledOnly(browser, tag + " open");
    ProposalDrafts.twoPhase(browser, tag + " secret", "SECRET");

    ProposalListPage list = ProposalListPage.open(browser).filterText(tag + " open");
    assertEquals("UNCLASSIFIED", list.banner());

    list.filterText(tag);
    assertEquals("SECRET", list.banner());
    list.filterStatus("Withdrawn");
    assertEquals(List.of(), list.titles());
    assertEquals("UNCLASSIFIED", list.banner());
  }

  @Test
  void aTrackLeadsToItsProposalsAndTheNewProposalButtonKeepsTheTrack(Browsers browsers) {
    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("drafter");
    browser.open("/tracks/list.xhtml");
    String tracks = browser.element("tracks-form:tracks").getText();
    assertTrue(tracks.contains("DPRK denuclearization — working level"), tracks);
    assertTrue(tracks.contains("Working level"), tracks);
    assertTrue(tracks.contains("Summit level"), tracks);

    // Tracks are listed by name: the summit track (id 2) first, the working-level track second.
    assertEquals(
        "DPRK denuclearization — working level",
        browser.element("tracks-form:tracks:1:name").getText());
    browser.clickAndWaitForPage("tracks-form:tracks:1:proposals");

    ProposalListPage list = new ProposalListPage(browser);
    assertEquals("/proposals/list.xhtml?trackId=1", browser.currentPath());
    assertEquals("DPRK denuclearization — working level", list.selectedTrack());
    assertTrue(list.offersNewProposal());
    assertTrue(list.newProposalLink().endsWith("/proposals/edit.xhtml?trackId=1"));
  }

  @Test
  void onlyThoseWhoDraftAreOfferedANewProposal(Browsers browsers) {
    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("state");

    ProposalListPage list = ProposalListPage.open(browser);

    assertFalse(list.offersNewProposal());
    assertFalse(browser.elements(By.id("proposals-form:proposals")).isEmpty());
  }
}
