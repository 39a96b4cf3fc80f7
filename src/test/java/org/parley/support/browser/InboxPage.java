package org.parley.support.browser;

import java.util.List;
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
