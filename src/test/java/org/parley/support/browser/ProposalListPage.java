package org.parley.support.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The lazy proposal list, {@code proposals/list.xhtml}. */
public final class ProposalListPage {

  private static final String FORM = "proposals-form:";
  private static final String TABLE = FORM + "proposals";

  private final Browser browser;

  public ProposalListPage(Browser browser) {
    this.browser = browser;
  }

  public static ProposalListPage open(Browser browser) {
    browser.open("/proposals/list.xhtml");
    return new ProposalListPage(browser);
  }

  public static ProposalListPage openForTrack(Browser browser, long trackId) {
    browser.open("/proposals/list.xhtml?trackId=" + trackId);
    return new ProposalListPage(browser);
  }

  /** Types into the text filter and applies it (Enter). */
  public ProposalListPage filterText(String text) {
    browser.type(FORM + "filter-text", text);
    browser.clickAndWaitForAjax(FORM + "apply-filters");
    return this;
  }

  public ProposalListPage filterStatus(String label) {
    Widgets.selectOneMenu(browser, FORM + "filter-status", label);
    return this;
  }

  public ProposalListPage filterTrack(String label) {
    Widgets.selectOneMenu(browser, FORM + "filter-track", label);
    return this;
  }

  public String selectedTrack() {
    return Widgets.selectedLabel(browser, FORM + "filter-track");
  }

  /** Clicks a column header to sort by it (again: the other way round). */
  public ProposalListPage sortBy(String column) {
    browser.clickAndWaitForAjax(TABLE + ":col-" + column);
    return this;
  }

  public ProposalListPage nextPage() {
    browser.clickAndWaitForAjax(
        browser.element(TABLE).findElement(By.cssSelector(".ui-paginator-next")));
    return this;
  }

  /** The references on the page shown, top to bottom. */
  public List<String> references() {
    return rows().stream()
        .flatMap(row -> row.findElements(By.cssSelector("a.proposal-reference")).stream())
        .map(a -> a.getText().trim())
        .toList();
  }

  /** The titles on the page shown, top to bottom. */
  public List<String> titles() {
    return rows().stream()
        .flatMap(row -> row.findElements(By.cssSelector(".proposal-title")).stream())
        .map(t -> t.getText().trim())
        .toList();
  }

  /** The paginator's report, e.g. "1–10 / 11". */
  public String pageReport() {
    return browser.element(TABLE).findElement(By.cssSelector(".ui-paginator-current")).getText();
  }

  public String tableText() {
    return browser.element(TABLE).getText();
  }

  /** The classification banner's text. */
  public String banner() {
    return browser.element("banner").getText();
  }

  public boolean offersNewProposal() {
    return browser.isPresent(FORM + "new-proposal");
  }

  public String newProposalLink() {
    return Widgets.href(browser, FORM + "new-proposal");
  }

  public ProposalPage openProposal(String reference) {
    WebElement link =
        browser.elements(By.cssSelector("a.proposal-reference")).stream()
            .filter(a -> a.getText().trim().equals(reference))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No row " + reference));
    browser.clickAndWaitForPage(link.getDomAttribute("id"));
    return new ProposalPage(browser);
  }

  private List<WebElement> rows() {
    return browser.elements(By.cssSelector("[id='" + TABLE + "_data'] tr.proposal-row"));
  }
}
