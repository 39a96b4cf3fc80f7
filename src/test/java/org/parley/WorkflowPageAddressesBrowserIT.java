package org.parley;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.support.browser.Browser;
import org.parley.support.browser.BrowserExtension;
import org.parley.support.browser.Browsers;
import org.parley.support.browser.SignInPage;
import org.parley.support.database.DatabaseNeutral;

/**
 * The clearance, comment, redline, ledger and decision pages name a proposal in their address: a
 * missing, malformed or unknown id shows the not-found page, as a proposal the reader may not see
 * would.
 */
@DatabaseNeutral(
    "how pages answer malformed or unknown ids; IdorIT's REST tests run the lookups on PostgreSQL")
@ExtendWith(BrowserExtension.class)
class WorkflowPageAddressesBrowserIT {

  private static final List<String> PAGES =
      List.of(
          "/clearance/review.xhtml",
          "/clearance/comments.xhtml",
          "/proposals/redline.xhtml",
          "/proposals/ledger.xhtml",
          "/decisions/decide.xhtml");

  @Test
  void missingMalformedOrUnknownProposalIdShowsNotFound(Browsers browsers) {
    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("principal");

    for (String page : PAGES) {
      for (String query : List.of("", "?id=abc", "?id=-1", "?id=987654321")) {
        browser.open(page + query);

        assertEquals("Page not found", browser.pageTitle(), page + query);
      }
    }
  }
}
