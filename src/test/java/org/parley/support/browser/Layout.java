package org.parley.support.browser;

import java.util.List;
import org.openqa.selenium.By;

/** What every page of Parley shares: the header with the signed-in user, the menu, sign-out. */
public final class Layout {

  private final Browser browser;

  public Layout(Browser browser) {
    this.browser = browser;
  }

  public String title() {
    return browser.pageTitle();
  }

  public String signedInUser() {
    return browser.element("user-form:user-name").getText();
  }

  public String agencyBadge() {
    return browser.isPresent("user-form:user-agency")
        ? browser.element("user-form:user-agency").getText()
        : null;
  }

  /** The ids of the menu items shown, in order. */
  public List<String> menuItems() {
    return browser.elements(By.cssSelector("#menu-form a[id^='menu-form:menu-']")).stream()
        .map(item -> item.getAttribute("id").substring("menu-form:".length()))
        .toList();
  }

  public boolean showsDesk(String role) {
    return browser.isPresent("home-" + role);
  }

  /** The role desks shown on the home page. */
  public List<String> desks() {
    return browser.elements(By.cssSelector("section.role-desk")).stream()
        .map(desk -> desk.getDomAttribute("id").substring("home-".length()))
        .toList();
  }

  public SignInPage signOut() {
    browser.clickAndWaitForPage("user-form:sign-out");
    return new SignInPage(browser);
  }
}
