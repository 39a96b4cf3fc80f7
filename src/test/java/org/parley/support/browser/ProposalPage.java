package org.parley.support.browser;

import java.util.List;
import org.openqa.selenium.By;

/** The proposal page, {@code proposals/view.xhtml?id=}. */
public final class ProposalPage {

  private final Browser browser;

  public ProposalPage(Browser browser) {
    this.browser = browser;
  }

  public static ProposalPage open(Browser browser, long id) {
    browser.open("/proposals/view.xhtml?id=" + id);
    return new ProposalPage(browser);
  }

  public boolean isShown() {
    return browser.currentPath().startsWith("/proposals/view.xhtml")
        && browser.isPresent("reference");
  }

  /** The proposal's id, from the address. */
  public long id() {
    String path = browser.currentPath();
    return Long.parseLong(path.replaceAll(".*[?&]id=(\\d+).*", "$1"));
  }

  public String reference() {
    return browser.element("reference").getText();
  }

  /** The status constant (the badge carries it in {@code data-status}). */
  public String status() {
    return browser.element("status").getDomAttribute("data-status");
  }

  public String statusLabel() {
    return browser.element("status").getText();
  }

  public String classificationBanner() {
    return browser.element("banner").getText();
  }

  public String summary() {
    return browser.element("summary").getText();
  }

  public String ledger() {
    return browser.element("proposal-tabs:ledger").getText();
  }

  public List<String> phaseTitles() {
    return browser
        .elements(By.cssSelector("[id^='proposal-tabs:ledger:phases:'][id$=':phase-title']"))
        .stream()
        .map(e -> e.getText().trim())
        .toList();
  }

  public String messages() {
    return browser.element("messages").getText();
  }

  public boolean offers(String actionId) {
    return browser.isPresent("actions-form:" + actionId);
  }

  public String linkOf(String actionId) {
    return Widgets.href(browser, "actions-form:" + actionId);
  }

  public ProposalEditorPage edit() {
    browser.clickAndWaitForPage("actions-form:edit");
    return new ProposalEditorPage(browser);
  }

  /** Opens the submit dialog and returns the agencies routing selected (constant names). */
  public List<String> openSubmitDialog() {
    browser.element("actions-form:open-submit").click();
    Widgets.visible(browser, "submit-dialog");
    return browser.elements(By.cssSelector("#routed-agencies li")).stream()
        .map(li -> li.getDomAttribute("data-agency"))
        .toList();
  }

  /** The agencies the envoy may still add, by label. */
  public List<String> addableAgencies() {
    return browser.elements(By.cssSelector("[id='submit-form:added-agencies'] label")).stream()
        .map(l -> l.getText().trim())
        .toList();
  }

  public ProposalPage addAgency(String label) {
    Widgets.tick(browser, "submit-form:added-agencies", label);
    return this;
  }

  /** Confirms the submission; the page reloads with the new status. */
  public ProposalPage confirmSubmit() {
    browser.clickAndWaitForPage("submit-form:confirm-submit");
    return this;
  }

  /** Opens the withdraw dialog, gives the reason and confirms. */
  public ProposalPage withdraw(String reason) {
    browser.element("actions-form:open-withdraw").click();
    Widgets.visible(browser, "withdraw-dialog");
    browser.type("withdraw-form:reason", reason);
    browser.clickAndWaitForPage("withdraw-form:confirm-withdraw");
    return this;
  }

  /** Confirms the withdraw dialog without a reason: it stays open with a message. */
  public String withdrawWithoutReason() {
    browser.element("actions-form:open-withdraw").click();
    Widgets.visible(browser, "withdraw-dialog");
    browser.clickAndWaitForAjax("withdraw-form:confirm-withdraw");
    return browser.element("withdraw-form").getText();
  }

  /** The agencies of the latest clearance round, in order (constant names). */
  public List<String> roundAgencies() {
    return browser.elements(By.cssSelector("[id='proposal-tabs:round'] tr[data-agency]")).stream()
        .map(tr -> tr.getDomAttribute("data-agency"))
        .toList();
  }

  /** Opens the History tab and returns the audit actions shown, oldest first. */
  public List<String> history() {
    Widgets.openTab(browser, "proposal-tabs", "History");
    return browser.elements(By.cssSelector("[id='proposal-tabs:history'] li[data-action]")).stream()
        .map(li -> li.getDomAttribute("data-action"))
        .toList();
  }

  public String historyText() {
    return browser.element("proposal-tabs:history").getText();
  }
}
