package org.parley.support.browser;

import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The caller's inbox, {@code inbox.xhtml}. */
public final class InboxPage {

  private static final String TABLE = "inbox-form:items";

  private final Browser browser;

  public InboxPage(Browser browser) {
    this.browser = browser;
  }

  public static InboxPage open(Browser browser) {
    browser.open("/inbox.xhtml");
    return new InboxPage(browser);
  }

  /** One line of the inbox: its task code, the proposal's reference and where its link leads. */
  public record Item(String task, String reference, String link) {}

  public List<Item> items() {
    return browser.elements(By.cssSelector("[id='" + TABLE + "_data'] tr[data-ri]")).stream()
        .map(ProposalRow::item)
        .toList();
  }

  /**
   * The item for the proposal with this reference, looked for from the page shown onwards, one page
   * after the other (the inbox shows 20 items a page).
   */
  public Optional<Item> find(String reference) {
    while (true) {
      Optional<Item> item =
          items().stream().filter(i -> i.reference().equals(reference)).findFirst();
      if (item.isPresent() || !hasNextPage()) {
        return item;
      }
      nextPage();
    }
  }

  public boolean hasNextPage() {
    List<WebElement> next =
        browser.element(TABLE).findElements(By.cssSelector(".ui-paginator-next"));
    return !next.isEmpty() && !next.get(0).getDomAttribute("class").contains("ui-state-disabled");
  }

  public InboxPage nextPage() {
    browser.clickAndWaitForAjax(
        browser.element(TABLE).findElement(By.cssSelector(".ui-paginator-next")));
    return this;
  }

  /** The line above the table saying how many items wait in all. */
  public String total() {
    return browser.element("total").getText();
  }

  /** The paginator's report, e.g. "1–20 of 31"; empty when everything fits on one page. */
  public String pageReport() {
    return browser.element(TABLE).findElements(By.cssSelector(".ui-paginator-current")).stream()
        .findFirst()
        .map(WebElement::getText)
        .orElse("");
  }

  /** The classification banner's text. */
  public String banner() {
    return browser.element("banner").getText();
  }

  public String text() {
    return browser.element(TABLE).getText();
  }

  private static final class ProposalRow {
    static Item item(WebElement row) {
      WebElement task = row.findElement(By.cssSelector("a.inbox-task"));
      WebElement reference = row.findElement(By.cssSelector("a[id$=':reference']"));
      return new Item(
          task.getDomAttribute("data-task"),
          reference.getText().trim(),
          task.getDomAttribute("href"));
    }
  }
}
