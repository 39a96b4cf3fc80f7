package org.parley.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.parley.support.DemoUsers;
import org.parley.support.Page;
import org.parley.support.PageSession;
import org.parley.support.database.DatabaseSensitive;

/**
 * One person signing in from several tabs at the same moment: every sign-in succeeds. Recording the
 * sign-in used to update the account entity, and all but one of the simultaneous sign-ins failed
 * with a 500 on its version.
 */
@DatabaseSensitive("simultaneous sign-ins write the same account row")
class ConcurrentSignInIT {

  private static final int TABS = 6;

  @Test
  void simultaneousSignInsOfOneAccountAllSucceed() throws Exception {
    // Warm up: the first sign-in of an account verifies its password hash, which takes a while.
    new PageSession().signInAs("treasury");
    List<PageSession> tabs = new ArrayList<>();
    List<Page.Form> forms = new ArrayList<>();
    for (int i = 0; i < TABS; i++) {
      PageSession tab = new PageSession();
      tabs.add(tab);
      forms.add(
          tab.get("/login.xhtml")
              .form("login-form")
              .set("login-form:username", "treasury")
              .set("login-form:password", DemoUsers.PASSWORD)
              .press("login-form:sign-in"));
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(TABS);
    try {
      List<Future<Page>> answers = new ArrayList<>();
      for (int i = 0; i < TABS; i++) {
        PageSession tab = tabs.get(i);
        Page.Form form = forms.get(i);
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return tab.submit(form);
                }));
      }
      start.countDown();
      for (Future<Page> answer : answers) {
        Page page = answer.get();
        assertEquals(302, page.status(), page.body());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
