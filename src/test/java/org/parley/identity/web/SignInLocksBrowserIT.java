package org.parley.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.parley.support.Api;
import org.parley.support.DemoUsers;
import org.parley.support.SignInLocks;
import org.parley.support.browser.Browser;
import org.parley.support.browser.BrowserExtension;
import org.parley.support.browser.Browsers;
import org.parley.support.browser.PrimeFacesControls;
import org.parley.support.browser.SignInPage;
import org.parley.support.database.DatabaseNeutral;

/** The administrator sees a locked sign-in in the user directory and lifts it after confirming. */
@DatabaseNeutral(
    "the administrator's page over the throttle, whose rows LoginThrottlingIT runs on PostgreSQL")
@ExtendWith(BrowserExtension.class)
class SignInLocksBrowserIT {

  /** A reviewer on the directory's first page; no other IT runs while this one does. */
  private static final String LOCKED = "ic";

  @AfterEach
  void liftWhateverIsLeft() {
    SignInLocks.lift(LOCKED);
  }

  @Test
  void administratorLiftsALockAfterConfirming(Browsers browsers) {
    SignInLocks.lock(LOCKED);
    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("admin");
    browser.open("/admin/users.xhtml");
    PrimeFacesControls controls = new PrimeFacesControls(browser);

    String locked = row(browser, LOCKED).getText();
    assertTrue(locked.contains("Locked until") && locked.contains("(8 failures)"), locked);
    assertTrue(row(browser, "admin").getText().contains("open"));
    assertTrue(row(browser, "admin").findElements(By.cssSelector("button")).isEmpty());

    browser.clickAndWaitForAjax(unlockButton(browser));
    controls.waitForDialog("users-form:confirm-dialog");
    String question = browser.element("users-form:confirm-dialog").getText();
    assertTrue(question.contains(LOCKED), question);
    browser.clickAndWaitForAjax("users-form:confirm-no");
    assertTrue(SignInLocks.of(LOCKED).getBoolean("locked"), "kept when the administrator says no");

    browser.clickAndWaitForAjax(unlockButton(browser));
    controls.waitForDialog("users-form:confirm-dialog");
    browser.clickAndWaitForAjax("users-form:confirm-yes");

    assertTrue(
        browser.element("messages").getText().contains("Sign-in unlocked for ic."),
        browser.element("messages").getText());
    assertTrue(row(browser, LOCKED).getText().contains("open"), row(browser, LOCKED).getText());
    assertFalse(SignInLocks.of(LOCKED).getBoolean("refused"));
    assertEquals(200, Api.send(Api.request("/api/me", LOCKED, DemoUsers.PASSWORD)).statusCode());
  }

  private static WebElement row(Browser browser, String username) {
    List<WebElement> rows =
        browser.elements(By.cssSelector("[id='users-form:users'] tbody tr")).stream()
            .filter(row -> row.findElements(By.tagName("td")).get(0).getText().equals(username))
            .toList();
    assertEquals(1, rows.size(), username);
    return rows.get(0);
  }

  private static WebElement unlockButton(Browser browser) {
    return row(browser, LOCKED).findElement(By.cssSelector("button[id$=':unlock']"));
  }
}
