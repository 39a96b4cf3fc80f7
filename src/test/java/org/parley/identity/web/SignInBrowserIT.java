package org.parley.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.openqa.selenium.By;
import org.parley.access.domain.Permission;
import org.parley.access.domain.Role;
import org.parley.support.DemoUsers;
import org.parley.support.DemoUsers.DemoUser;
import org.parley.support.SignInLocks;
import org.parley.support.browser.Browser;
import org.parley.support.browser.BrowserExtension;
import org.parley.support.browser.Browsers;
import org.parley.support.browser.Layout;
import org.parley.support.browser.SignInPage;
import org.parley.support.database.DatabaseNeutral;
import org.parley.support.database.DatabaseSensitive;

/** Signing in and out in a real browser, for every demo user. */
@DatabaseNeutral("sign-in pages and menus; the identity store's SQL runs on PostgreSQL in MeIT")
@ExtendWith(BrowserExtension.class)
class SignInBrowserIT {

  static final List<DemoUser> USERS = DemoUsers.ALL;

  @ParameterizedTest
  @FieldSource("USERS")
  void everyDemoUserLandsOnTheirOwnHomePageAndMenu(DemoUser user, Browsers browsers) {
    Browser browser = browsers.open();

    Layout home = SignInPage.open(browser).signInAs(user.username());

    assertEquals("/", browser.currentPath());
    assertEquals("Home", home.title());
    assertEquals(user.displayName(), home.signedInUser());
    assertEquals(List.of(user.role()), home.desks());
    List<String> everyone = List.of("menu-home", "menu-inbox", "menu-tracks", "menu-proposals");
    // The dashboard is offered to the roles the policy table grants it (issue 7).
    boolean dashboard = Permission.VIEW_DASHBOARD.grants().containsKey(Role.valueOf(user.role()));
    List<String> expectedMenu =
        user.role().equals("ADMIN")
            ? Stream.concat(
                    everyone.stream(), Stream.of("menu-routing", "menu-instruments", "menu-users"))
                .toList()
            : dashboard
                ? Stream.concat(everyone.stream(), Stream.of("menu-dashboard")).toList()
                : everyone;
    assertEquals(expectedMenu, home.menuItems());
    assertEquals(user.username(), browser.element("profile-username").getText());
    assertEquals(user.agency() != null, home.agencyBadge() != null);
  }

  @Test
  void wrongPasswordShowsAnErrorAndStaysOnTheSignInPage(Browsers browsers) {
    Browser browser = browsers.open();
    SignInPage signIn = SignInPage.open(browser);

    try {
      signIn.signIn("drafter", "not-the-password");

      assertTrue(signIn.isShown());
      assertEquals(
          "Sign-in failed: wrong username or password."
              + " After repeated failures, sign-in pauses for a while.",
          signIn.errorText());
      assertFalse(browser.isPresent("user-form"));
    } finally {
      SignInLocks.lift("drafter");
    }
  }

  @Test
  void anonymousRequestForAPageGoesToSignInAndBackToThatPage(Browsers browsers) {
    Browser browser = browsers.open();

    browser.open("/admin/users.xhtml");
    SignInPage signIn = new SignInPage(browser);
    assertTrue(signIn.isShown(), browser.currentPath());

    Layout page = signIn.signInAs("admin");

    assertEquals("/admin/users.xhtml", browser.currentPath());
    assertEquals("User directory", page.title());
  }

  @Test
  void userWithoutTheRoleGetsTheAccessDeniedPage(Browsers browsers) {
    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("drafter");

    browser.open("/admin/users.xhtml");

    assertEquals("Access denied", browser.pageTitle());
    assertFalse(browser.isPresent("users-form:users"));
  }

  @Test
  void signingInIssuesANewSessionId(Browsers browsers) {
    Browser browser = browsers.open();
    SignInPage signIn = SignInPage.open(browser);
    String before = browser.sessionId();

    signIn.signInAs("envoy");

    assertNotNull(before);
    assertNotEquals(before, browser.sessionId());
  }

  @Test
  void signingOutEndsTheSession(Browsers browsers) {
    Browser browser = browsers.open();
    Layout home = SignInPage.open(browser).signInAs("state");

    SignInPage signIn = home.signOut();

    assertTrue(signIn.isShown());
    assertEquals("You have signed out.", signIn.signedOutText());
    browser.open("/");
    assertTrue(new SignInPage(browser).isShown(), "signed out: home needs a new sign-in");
  }

  @Test
  void unknownPageShowsNotFoundWithoutServerInternals(Browsers browsers) {
    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("auditor");

    browser.open("/no-such-page.xhtml");

    assertEquals("Page not found", browser.pageTitle());
    String source = browser.pageSource();
    for (String internal :
        List.of("WildFly", "Undertow", "JBoss", "Mojarra", "Stacktrace", "at org.", "at java.")) {
      assertFalse(source.contains(internal), "page shows " + internal);
    }
  }

  @DatabaseSensitive("the user directory's lazy paging in SQL")
  @Test
  void administratorPagesThroughTheUserDirectory(Browsers browsers) {
    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("admin");

    browser.open("/admin/users.xhtml");

    String firstPage = browser.element("users-form:users").getText();
    assertTrue(firstPage.contains("Ada Admin"), firstPage);
    assertFalse(firstPage.contains("Terry Treasury"), "treasury sorts onto page two");
    browser.clickAndWaitForAjax(browser.elements(By.cssSelector(".ui-paginator-next")).get(0));
    assertTrue(browser.element("users-form:users").getText().contains("Terry Treasury"));
  }
}
