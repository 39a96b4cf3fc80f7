package org.parley.support.browser;

import org.parley.support.DemoUsers;

/** The sign-in page, {@code login.xhtml}. */
public final class SignInPage {

  private final Browser browser;

  public SignInPage(Browser browser) {
    this.browser = browser;
  }

  public static SignInPage open(Browser browser) {
    browser.open("/login.xhtml");
    return new SignInPage(browser);
  }

  public boolean isShown() {
    return browser.currentPath().startsWith("/login.xhtml") && browser.isPresent("login-form");
  }

  /** Signs in with the demo password and returns the layout of the page that follows. */
  public Layout signInAs(String username) {
    return signIn(username, DemoUsers.PASSWORD);
  }

  public Layout signIn(String username, String password) {
    browser.type("login-form:username", username);
    browser.type("login-form:password", password);
    browser.clickAndWaitForPage("login-form:sign-in");
    return new Layout(browser);
  }

  public String errorText() {
    return browser.element("login-form:login-messages").getText();
  }

  public String signedOutText() {
    return browser.element("signed-out").getText();
  }
}
