package org.parley.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parley.support.Api;
import org.parley.support.DemoUsers;
import org.parley.support.Page;
import org.parley.support.PageSession;
import org.parley.support.Workflow;
import org.parley.support.database.DatabaseNeutral;

/**
 * Battery 4 of the Security issue, CSRF and session (ASVS 4.0.3 V3.1.1, V3.2.1, V3.3.1, V3.3.2,
 * V3.4.1-3, V4.2.2, V13.2.3, V13.2.5; NIST SP 800-53 SC-23, AC-12, SC-8): Faces postbacks without a
 * view state, with another session's view state, replayed after sign-out or sent as a GET change
 * nothing (a positive control shows that the same postback, sent properly, does); no GET anywhere
 * changes anything; the session id changes at sign-in, lasts 30 idle minutes, ends at sign-out,
 * travels only in an HttpOnly, SameSite=Lax cookie (Secure over TLS), never in a URL.
 *
 * <p>Prints {@code BATTERY csrf-session: probes=N failures=0}. Plain {@code java.net.http} clients
 * with cookie managers ({@link PageSession}), so that every request is exactly the forged one.
 */
@DatabaseNeutral("view states and sessions live in the server's memory, not in the database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsrfAndSessionIT {

  private static final Pattern SESSION_IN_URL =
      Pattern.compile(";\\s*jsessionid", Pattern.CASE_INSENSITIVE);
  private static final String WITHDRAW = "withdraw-form:confirm-withdraw";

  private final List<String> failures = new ArrayList<>();
  private int probes;

  @Test
  void noForgedOrReplayedRequestChangesAnythingAndSessionsAreHandledSafely() {
    forgedPostbacksChangeNothing();
    noGetChangesAnything();
    signInIssuesANewSessionIdAndRefusesAChosenOne();
    theServerGivesSessionsThirtyIdleMinutes();
    signOutEndsTheSession();
    cookiesAreHttpOnlySameSiteLaxAndSecureOverTls();
    theApiIgnoresSessionsAndCrossSiteFormBodies();

    System.out.println("BATTERY csrf-session: probes=" + probes + " failures=" + failures.size());
    assertEquals(List.of(), failures);
  }

  // --- Faces postbacks ---

  /** The envoy's withdraw dialog on a fresh draft, forged and replayed every way; then for real. */
  private void forgedPostbacksChangeNothing() {
    long id = Workflow.id(Workflow.draft("CSRF " + Workflow.token(), "UNCLASSIFIED"));
    String before = snapshot(id);
    PageSession envoy = new PageSession().signInAs("envoy");
    Page.Form withdraw = withdrawForm(envoy, id);

    envoy.submit(withdraw.without(Page.VIEW_STATE));
    unchanged("postback without a view state", id, before);

    PageSession reviewer = new PageSession().signInAs("state");
    String reviewersViewState = reviewer.get("/").form("user-form").viewState().orElseThrow();
    expired(
        "postback with another user's view state",
        envoy.submit(withdraw.set(Page.VIEW_STATE, reviewersViewState)));
    unchanged("postback with another user's view state", id, before);

    expired("another user's postback with the envoy's view state", reviewer.submit(withdraw));
    unchanged("another user's postback with the envoy's view state", id, before);

    PageSession secondEnvoySession = new PageSession().signInAs("envoy");
    secondEnvoySession.get("/proposals/view.xhtml?id=" + id);
    expired("postback in another session of the same user", secondEnvoySession.submit(withdraw));
    unchanged("postback in another session of the same user", id, before);

    Page asGet = envoy.submitAsGet(withdraw);
    check("ajax postback sent as GET is refused", asGet.status() == 400, asGet.status() + "");
    unchanged("ajax postback sent as GET", id, before);
    Page.Form fullForm = withdrawForm(envoy, id).press(WITHDRAW);
    Page fullAsGet = envoy.submitAsGet(fullForm);
    check("postback sent as GET is refused", fullAsGet.status() == 400, fullAsGet.status() + "");
    unchanged("postback sent as GET", id, before);

    Page.Form captured = withdrawForm(envoy, id);
    Optional<String> envoysCookie = envoy.sessionId();
    envoy.signOut(envoy.get("/"));
    Page replayed = PageSession.withSessionId(envoysCookie.orElseThrow()).submit(captured);
    check(
        "replay after sign-out is sent to the sign-in page",
        replayed.redirectsToSignIn(),
        replayed.status() + " " + replayed.location().orElse(""));
    unchanged("postback replayed after sign-out", id, before);

    // Positive control: the same postback, sent properly, does withdraw. So the probes above
    // reached the action and were refused, rather than missing it.
    PageSession control = new PageSession().signInAs("envoy");
    control.submit(withdrawForm(control, id));
    check(
        "control: a proper postback withdraws",
        Workflow.read("envoy", id).getString("status").equals("WITHDRAWN"),
        Workflow.read("envoy", id).getString("status"));
  }

  /** A view state the session does not hold: the expired page, the action never reached. */
  private void expired(String what, Page answer) {
    check(
        what + " answers the expired page",
        answer.title().equals("Page expired"),
        answer.status() + " " + answer.title());
  }

  private static Page.Form withdrawForm(PageSession session, long id) {
    return session
        .get("/proposals/view.xhtml?id=" + id)
        .form("withdraw-form")
        .set("withdraw-form:reason", "Forged withdrawal.")
        .pressAjax(WITHDRAW, "withdraw-form", "withdraw-form");
  }

  // --- GET never changes anything ---

  /**
   * Every page with the parameters it takes, as every kind of user, on proposals in each phase, and
   * every REST GET: afterwards each proposal, its round and trail are as they were.
   */
  private void noGetChangesAnything() {
    long draft = Workflow.id(Workflow.draft("GET draft " + Workflow.token(), "UNCLASSIFIED"));
    long inClearance =
        Workflow.id(Workflow.draft("GET clearance " + Workflow.token(), "UNCLASSIFIED"));
    Workflow.submit(inClearance);
    Workflow.takePosition(
        inClearance,
        "STATE",
        Workflow.position("CHANGES_REQUESTED", "MAJOR", "A comment to resolve."));
    long awaiting =
        Workflow.id(Workflow.awaitingDecision("GET decision " + Workflow.token(), "UNCLASSIFIED"));
    List<Long> ids = List.of(draft, inClearance, awaiting);
    Map<Long, String> before = new LinkedHashMap<>();
    ids.forEach(id -> before.put(id, snapshot(id)));
    String usersBefore = restBody("admin", "/api/users?size=100");
    String rulesBefore = routingRules();

    List<String> pages =
        new ArrayList<>(
            List.of(
                "/",
                "/index.xhtml",
                "/inbox.xhtml",
                "/tracks/list.xhtml",
                "/proposals/list.xhtml",
                "/proposals/list.xhtml?trackId=" + Workflow.TRACK,
                "/proposals/edit.xhtml?trackId=" + Workflow.TRACK,
                "/admin/users.xhtml",
                "/admin/routing-rules.xhtml",
                "/dashboard.xhtml",
                "/dashboard.xhtml?trackId=" + Workflow.TRACK + "&from=2020-01-01&tile=pipeline",
                "/login.xhtml?continue=%2Finbox.xhtml&signedOut=true"));
    for (long id : ids) {
      pages.addAll(
          List.of(
              "/proposals/view.xhtml?id=" + id,
              "/proposals/edit.xhtml?id=" + id,
              "/proposals/redline.xhtml?id=" + id + "&from=1&to=2",
              "/clearance/review.xhtml?id=" + id,
              "/clearance/comments.xhtml?id=" + id,
              "/decisions/decide.xhtml?id=" + id,
              // A forged action without a view state: a plain page view, nothing else.
              "/proposals/view.xhtml?id="
                  + id
                  + "&withdraw-form=withdraw-form&"
                  + WITHDRAW
                  + "="
                  + WITHDRAW
                  + "&withdraw-form:reason=GET"));
    }
    for (String user : List.of("drafter", "envoy", "state", "deputy", "principal", "admin")) {
      PageSession session = new PageSession().signInAs(user);
      for (String page : pages) {
        inspect(user + " GET " + page, session.get(page));
      }
    }
    for (long id : ids) {
      for (String path :
          List.of(
              "/api/proposals/" + id,
              "/api/proposals/" + id + "/history",
              "/api/proposals/" + id + "/clearance",
              "/api/proposals/" + id + "/comments",
              "/api/proposals/" + id + "/decision",
              "/api/proposals/" + id + "/submit",
              "/api/proposals/" + id + "/withdraw")) {
        restGet("envoy", path);
      }
    }
    for (String path :
        List.of(
            "/api/proposals",
            "/api/tracks",
            "/api/inbox",
            "/api/me",
            "/api/users",
            "/api/users/energy/sign-in-lock",
            "/api/dashboard",
            "/api/dashboard/pipeline",
            "/api/health")) {
      restGet("admin", path);
      restGet("drafter", path);
    }

    ids.forEach(id -> unchanged("every GET on proposal " + id, id, before.get(id)));
    check(
        "every GET: users unchanged",
        restBody("admin", "/api/users?size=100").equals(usersBefore),
        "");
    check("every GET: routing rules unchanged", routingRules().equals(rulesBefore), "");
  }

  private void restGet(String user, String path) {
    HttpResponse<String> answer = Workflow.get(user, path);
    check(
        user + " GET " + path + " answers without a server error",
        answer.statusCode() < 500,
        answer.statusCode() + " " + answer.body());
  }

  /** A page answer: no server error, no session id in its links or its redirect. */
  private void inspect(String what, Page page) {
    check(what + " answers without a server error", page.status() < 500, page.status() + "");
    noSessionIdInUrls(what, page);
  }

  private void noSessionIdInUrls(String what, Page page) {
    check(
        what + ": no session id in any URL",
        !SESSION_IN_URL.matcher(page.body()).find()
            && !page.location().map(l -> SESSION_IN_URL.matcher(l).find()).orElse(false),
        page.location().orElse(""));
  }

  // --- sessions ---

  private void signInIssuesANewSessionIdAndRefusesAChosenOne() {
    PageSession session = new PageSession();
    Page login = session.get("/login.xhtml");
    noSessionIdInUrls("first visit without a cookie", login);
    String anonymous = session.sessionId().orElseThrow();
    Page signedIn = session.signIn("drafter", DemoUsers.PASSWORD);
    noSessionIdInUrls("sign-in redirect", signedIn);
    String authenticated = session.sessionId().orElseThrow();
    check("a new session id at sign-in", !authenticated.equals(anonymous), anonymous);
    check(
        "the pre-sign-in session id opens no page",
        PageSession.withSessionId(anonymous).get("/inbox.xhtml").redirectsToSignIn(),
        "");
    check(
        "the signed-in session id opens pages",
        PageSession.withSessionId(authenticated).get("/inbox.xhtml").status() == 200,
        "");

    String chosen = "ChosenByAnAttacker0123456789abcdef";
    PageSession fixated = PageSession.withSessionId(chosen);
    fixated.get("/login.xhtml");
    fixated.signIn("drafter", DemoUsers.PASSWORD);
    check(
        "a session id chosen by the client is never adopted",
        fixated.sessionId().map(id -> !id.startsWith(chosen)).orElse(false),
        fixated.sessionId().orElse(""));

    Page anonymousRedirect = new PageSession().get("/inbox.xhtml");
    check("anonymous page request goes to sign-in", anonymousRedirect.redirectsToSignIn(), "");
    noSessionIdInUrls("redirect of a cookieless request", anonymousRedirect);
  }

  /** The idle timeout of a real session, as the server set it (the home page shows it). */
  private void theServerGivesSessionsThirtyIdleMinutes() {
    Page home = new PageSession().signInAs("envoy").get("/");
    Matcher timeout =
        Pattern.compile("id=\"profile-session-timeout\">\\s*Ends after (\\d+) minutes")
            .matcher(home.body());
    check(
        "the server gives a session 30 idle minutes",
        timeout.find() && timeout.group(1).equals("30"),
        timeout.hitEnd() ? "no timeout shown" : timeout.group());
  }

  private void signOutEndsTheSession() {
    PageSession session = new PageSession().signInAs("auditor");
    String cookie = session.sessionId().orElseThrow();
    Page signedOut = session.signOut(session.get("/"));
    check(
        "sign-out redirects to the sign-in page",
        signedOut.location().map(l -> l.contains("/login.xhtml?signedOut=true")).orElse(false),
        signedOut.location().orElse(""));
    noSessionIdInUrls("sign-out redirect", signedOut);
    for (String page : List.of("/", "/inbox.xhtml", "/proposals/list.xhtml")) {
      check(
          "the signed-out cookie no longer opens " + page,
          PageSession.withSessionId(cookie).get(page).redirectsToSignIn(),
          "");
    }
  }

  private void cookiesAreHttpOnlySameSiteLaxAndSecureOverTls() {
    String overHttp = sessionCookie(new PageSession().get("/login.xhtml"));
    check("session cookie is HttpOnly", has(overHttp, "HttpOnly"), overHttp);
    check("session cookie is SameSite=Lax", has(overHttp, "SameSite=Lax"), overHttp);
    check(
        "no Secure flag over plain http (the browser would drop it)",
        !has(overHttp, "Secure"),
        overHttp);

    PageSession session = new PageSession();
    session.get("/login.xhtml");
    String afterSignIn = sessionCookie(session.signIn("envoy", DemoUsers.PASSWORD));
    check("the new cookie at sign-in is HttpOnly", has(afterSignIn, "HttpOnly"), afterSignIn);
    check(
        "the new cookie at sign-in is SameSite=Lax", has(afterSignIn, "SameSite=Lax"), afterSignIn);

    PageSession overTls = new PageSession(httpsBaseUrl(), trustingSelfSignedCertificates());
    Page login = overTls.get("/login.xhtml");
    String tlsCookie = sessionCookie(login);
    check("session cookie over TLS is Secure", has(tlsCookie, "Secure"), tlsCookie);
    check("session cookie over TLS is HttpOnly", has(tlsCookie, "HttpOnly"), tlsCookie);
    check("session cookie over TLS is SameSite=Lax", has(tlsCookie, "SameSite=Lax"), tlsCookie);
    String tlsSignedIn = sessionCookie(overTls.signIn("envoy", DemoUsers.PASSWORD));
    check("the new cookie at sign-in over TLS is Secure", has(tlsSignedIn, "Secure"), tlsSignedIn);
  }

  /** A page session's cookie gives no access to the API, and no JSON endpoint takes a form. */
  private void theApiIgnoresSessionsAndCrossSiteFormBodies() {
    PageSession session = new PageSession().signInAs("envoy");
    HttpResponse<String> withCookie =
        Api.send(
            Api.request("/api/me")
                .header("Cookie", PageSession.SESSION_COOKIE + "=" + session.sessionId().get()));
    check(
        "a page session cookie does not authenticate /api",
        withCookie.statusCode() == 401,
        withCookie.statusCode() + "");

    long id = Workflow.id(Workflow.draft("CSRF API " + Workflow.token(), "UNCLASSIFIED"));
    String before = snapshot(id);
    for (String type :
        List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data")) {
      HttpResponse<String> answer =
          Api.send(
              Api.request("/api/proposals/" + id + "/withdraw", "envoy", DemoUsers.PASSWORD)
                  .header("Content-Type", type)
                  .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"Forged.\"}")));
      check(
          "a " + type + " body is refused (415)",
          answer.statusCode() == 415,
          answer.statusCode() + "");
      unchanged("a cross-site " + type + " POST to the API", id, before);
    }
  }

  // --- state ---

  /** Everything a forged request could change on a proposal, as REST shows it. */
  private static String snapshot(long id) {
    StringBuilder state = new StringBuilder(restBody("envoy", "/api/proposals/" + id));
    for (String part : List.of("/clearance", "/decision", "/comments")) {
      HttpResponse<String> answer = Workflow.get("envoy", "/api/proposals/" + id + part);
      state.append('\n').append(answer.statusCode()).append(' ').append(answer.body());
    }
    // Changes only: the access model may record views in the trail as well (issue 4).
    Workflow.history(id).getValuesAs(JsonObject.class).stream()
        .filter(entry -> !entry.getString("action").toUpperCase(Locale.ROOT).contains("VIEW"))
        .forEach(entry -> state.append('\n').append(entry));
    return state.toString();
  }

  private void unchanged(String what, long id, String before) {
    String after = snapshot(id);
    check(what + " changes nothing", after.equals(before), after);
  }

  private static String restBody(String user, String path) {
    HttpResponse<String> answer = Workflow.get(user, path);
    assertEquals(200, answer.statusCode(), path + ": " + answer.body());
    return answer.body();
  }

  private static String routingRules() {
    Page rules = new PageSession().signInAs("admin").get("/admin/routing-rules.xhtml");
    Matcher table =
        Pattern.compile("<tbody id=\"rules-form:rules_data\".*?</tbody>", Pattern.DOTALL)
            .matcher(rules.body());
    // The table without its scripts: in CSP mode they carry a fresh nonce on every render.
    return (table.find() ? table.group() : rules.body())
        .replaceAll("(?s)<script.*?</script>", "")
        .replaceAll("\\snonce=\"[^\"]*\"", "");
  }

  private static String sessionCookie(Page page) {
    return page.setCookies().stream()
        .filter(cookie -> cookie.startsWith(PageSession.SESSION_COOKIE + "="))
        .findFirst()
        .orElse("(no session cookie)");
  }

  private static boolean has(String cookie, String attribute) {
    for (String part : cookie.split(";")) {
      if (part.strip().equalsIgnoreCase(attribute)) {
        return true;
      }
    }
    return false;
  }

  private void check(String probe, boolean passed, String detail) {
    probes++;
    if (!passed) {
      failures.add(probe + " — " + detail);
    }
  }

  private static String httpsBaseUrl() {
    int offset = Integer.getInteger("parley.port.offset", 0);
    return "https://localhost:" + (8443 + offset);
  }

  /** The test server's certificate is self-signed (deploy/wildfly/50-tls.cli). */
  private static SSLContext trustingSelfSignedCertificates() {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(
          null,
          new TrustManager[] {
            new X509TrustManager() {
              @Override
              public void checkClientTrusted(X509Certificate[] chain, String authType) {}

              @Override
              public void checkServerTrusted(X509Certificate[] chain, String authType) {}

              @Override
              public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
              }
            }
          },
          new SecureRandom());
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
