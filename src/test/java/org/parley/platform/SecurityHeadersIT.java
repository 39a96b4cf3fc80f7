package org.parley.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.DemoUsers;
import org.parley.support.Workflow;
import org.parley.support.database.DatabaseNeutral;

/**
 * Battery 6 of the Security issue, "Headers": one answer of every kind Parley gives, anonymous and
 * signed in, each checked against every header rule (docs/adr/0007) and the rule that no answer
 * names the server, a framework or a version, or shows a stack trace. Prints {@code BATTERY
 * headers: responses=N checks=M failures=F}.
 *
 * <p>The bodies of third-party static resources (PrimeFaces' scripts and theme) are exempt from the
 * version rule: they carry their library's version inside (e.g. {@code PrimeFaces.VERSION}), which
 * Parley cannot change without patching them (docs/adr/0007). Their headers are checked like all
 * others.
 */
@DatabaseNeutral("response headers, written by the web layer")
class SecurityHeadersIT {

  /** Names and versions of what runs Parley; none may appear in an answer. */
  private static final Pattern VERSIONS =
      Pattern.compile(
          "(?i)wildfly|undertow|jboss|mojarra|hibernate|resteasy|weld|primefaces[ /:v-]*\\d"
              + "|omnifaces[ /:v-]*\\d|jakarta faces \\d|"
              + String.join(
                  "|",
                  quoted("parley.versions", "39.0.1.Final,15.0.13,6.6.40.Final,2.3.23.Final,4.7.1"))
              + "|[?&;]v=\\d+\\.\\d+");

  /** What a stack trace or an exception's name looks like. */
  private static final Pattern INTERNALS =
      Pattern.compile(
          "\\bat (java|jakarta|org|com|io)\\.[\\w.$]+\\(|[\\w.]+(Exception|Error)\\b|errorPages");

  private static final Pattern INCIDENT_ID = Pattern.compile("[0-9A-HJKMNP-TV-Z]{8}");
  private static final Pattern PAGE_INCIDENT =
      Pattern.compile("id=\"incident-id\"[^>]*>(" + INCIDENT_ID + ")<");

  private static final String TABLE = "proposals-form:proposals";

  private final Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();

  @Test
  void everyKindOfAnswerCarriesTheSecurityHeadersAndNamesNoVersion() {
    collectAnonymousAnswers();
    collectSignedInPageAnswers();
    collectApiAnswers();

    List<String> failures = new ArrayList<>();
    int checks = 0;
    for (Map.Entry<String, HttpResponse<String>> answer : answers.entrySet()) {
      List<Check> results = check(answer.getKey(), answer.getValue());
      checks += results.size();
      results.stream()
          .filter(c -> !c.passed())
          .map(c -> answer.getKey() + ": " + c.rule())
          .forEach(failures::add);
    }

    System.out.println(
        "BATTERY headers: responses="
            + answers.size()
            + " checks="
            + checks
            + " failures="
            + failures.size());
    assertEquals(List.of(), failures);
  }

  @Test
  void anUnexpectedFailureOnAPageShowsTheServerErrorPageWithAnIncidentIdThatTheLogExplains() {
    PageSession session = PageSession.signedInAs("envoy");
    String list = session.get("/proposals/list.xhtml").body();

    HttpResponse<String> failed = session.ajax("/proposals/list.xhtml", list, badPaging());

    assertTrue(failed.body().contains("Something went wrong"), failed.body());
    Matcher shown = PAGE_INCIDENT.matcher(failed.body());
    assertTrue(shown.find(), "the page shows an incident id");
    assertFalse(INTERNALS.matcher(failed.body()).find(), "no stack trace on the page");
    String logged = ServerLog.incident(shown.group(1)).orElseThrow();
    assertTrue(logged.contains("NumberFormatException"), logged);
    assertTrue(logged.contains("\tat "), "the log has the stack trace: " + logged);
  }

  @Test
  void anUnexpectedFailureOfTheApiAnswersAProblemWithAnIncidentIdThatTheLogExplains() {
    HttpResponse<String> failed = unknownCharset();

    assertEquals(500, failed.statusCode(), failed.body());
    assertEquals(
        "application/problem+json", failed.headers().firstValue("Content-Type").orElseThrow());
    JsonObject problem = Api.object(failed);
    String incident = problem.getString("incident");
    assertTrue(INCIDENT_ID.matcher(incident).matches(), incident);
    assertTrue(problem.getString("detail").contains(incident));
    assertFalse(INTERNALS.matcher(failed.body()).find(), failed.body());
    String logged = ServerLog.incident(incident).orElseThrow();
    assertTrue(logged.contains("\tat "), "the log has the stack trace: " + logged);
  }

  @Test
  void strictTransportSecurityIsNotSentOverPlainHttp() {
    assertTrue(Api.BASE_URL.startsWith("http://"), Api.BASE_URL);
    for (String path : List.of("/login.xhtml", "/api/health", "/")) {
      HttpResponse<String> answer = Api.send(Api.request(path));
      assertTrue(answer.headers().firstValue("Strict-Transport-Security").isEmpty(), path);
    }
  }

  // --- the answers ---

  private void collectAnonymousAnswers() {
    PageSession anonymous = new PageSession();
    HttpResponse<String> login = anonymous.get("/login.xhtml");
    answers.put("anonymous: sign-in page", login);
    answers.put("anonymous: redirect to sign-in", anonymous.get("/proposals/list.xhtml"));
    answers.put("anonymous: container 404 (/WEB-INF)", anonymous.get("/WEB-INF/web.xml"));
    answers.put(
        "anonymous: static script (PrimeFaces)",
        anonymous.get("/jakarta.faces.resource/core.js.xhtml?ln=primefaces"));
    answers.put(
        "anonymous: static style sheet (theme)",
        anonymous.get("/jakarta.faces.resource/theme.css.xhtml?ln=primefaces-saga-blue"));
    answers.put(
        "anonymous: static style sheet (Parley)",
        anonymous.get("/jakarta.faces.resource/parley/parley.css.xhtml"));
    answers.put(
        "anonymous: missing static resource",
        anonymous.get("/jakarta.faces.resource/no-such.js.xhtml?ln=primefaces"));
    answers.put(
        "anonymous: expired page (postback with an unknown ViewState)",
        anonymous.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE_URL + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "login-form=login-form&jakarta.faces.ViewState=1%3A2"))));
    answers.put(
        "anonymous: failed sign-in (page)",
        anonymous.post(
            "/login.xhtml",
            login.body(),
            Map.of(
                "login-form", "login-form",
                // A name no account has: the answer is the same as a wrong password's (ADR 0010),
                // and no real account's failure series grows with every run.
                "login-form:username", Workflow.token(),
                "login-form:password", "not-the-password",
                "login-form:sign-in", "")));
    PageSession signingIn = new PageSession();
    answers.put(
        "anonymous: successful sign-in (redirect)",
        signingIn.post(
            "/login.xhtml",
            signingIn.get("/login.xhtml").body(),
            Map.of(
                "login-form", "login-form",
                "login-form:username", "envoy",
                "login-form:password", DemoUsers.PASSWORD,
                "login-form:sign-in", "")));
  }

  private void collectSignedInPageAnswers() {
    PageSession envoy = PageSession.signedInAs("envoy");
    HttpResponse<String> home = envoy.get("/");
    answers.put("signed in: home page", home);
    HttpResponse<String> list = envoy.get("/proposals/list.xhtml");
    answers.put("signed in: proposal list", list);
    answers.put("signed in: 404 page (unknown page)", envoy.get("/no-such-page.xhtml"));
    answers.put(
        "signed in: 404 page (unknown proposal)", envoy.get("/proposals/view.xhtml?id=987654321"));
    answers.put("signed in: 403 page (admin page)", envoy.get("/admin/users.xhtml"));
    answers.put(
        "signed in: Faces ajax (table paging)",
        envoy.ajax("/proposals/list.xhtml", list.body(), paging("0")));
    answers.put(
        "signed in: 500 page with incident (Faces ajax, tampered paging)",
        envoy.ajax(
            "/proposals/list.xhtml", envoy.get("/proposals/list.xhtml").body(), badPaging()));
    answers.put(
        "signed in: sign-out (redirect)",
        envoy.post("/", home.body(), Map.of("user-form", "user-form", "user-form:sign-out", "")));
    PageSession admin = PageSession.signedInAs("admin");
    answers.put("signed in: administration page", admin.get("/admin/users.xhtml"));
  }

  private void collectApiAnswers() {
    answers.put("API: health (anonymous)", Api.send(Api.request("/api/health")));
    answers.put("API: 401 without credentials", Api.send(Api.request("/api/proposals")));
    answers.put(
        "API: 401 wrong password",
        Api.send(Api.request("/api/proposals", Workflow.token(), "wrong")));
    answers.put("API: 200 object", Api.send(Api.request("/api/me", "envoy", DemoUsers.PASSWORD)));
    answers.put(
        "API: 200 list", Api.send(Api.request("/api/proposals", "envoy", DemoUsers.PASSWORD)));
    answers.put(
        "API: 404 problem",
        Api.send(Api.request("/api/proposals/987654321", "envoy", DemoUsers.PASSWORD)));
    answers.put(
        "API: 400 problem (malformed JSON)",
        Api.send(
            Api.request("/api/proposals", "drafter", DemoUsers.PASSWORD)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":"))));
    answers.put("API: 405 problem", Api.send(Api.request("/api/health").DELETE()));
    answers.put(
        "API: 406 problem",
        Api.send(
            Api.request("/api/proposals", "envoy", DemoUsers.PASSWORD)
                .header("Accept", "application/xml")));
    answers.put("API: 500 problem with incident (unknown charset)", unknownCharset());
  }

  /** A real request that reaches no mapper of its own: a body in a charset that does not exist. */
  private static HttpResponse<String> unknownCharset() {
    return Api.send(
        Api.request("/api/proposals", "drafter", DemoUsers.PASSWORD)
            .header("Content-Type", "application/json; charset=no-such-charset")
            .POST(HttpRequest.BodyPublishers.ofString("{}")));
  }

  /**
   * The ajax request PrimeFaces sends when the proposal table turns to the page at {@code first}.
   */
  private static Map<String, String> paging(String first) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("jakarta.faces.source", TABLE);
    fields.put("jakarta.faces.partial.execute", TABLE);
    fields.put("jakarta.faces.partial.render", TABLE);
    fields.put("jakarta.faces.behavior.event", "page");
    fields.put("jakarta.faces.partial.event", "page");
    fields.put(TABLE + "_pagination", "true");
    fields.put(TABLE + "_first", first);
    fields.put(TABLE + "_rows", "10");
    fields.put(TABLE + "_encodeFeature", "true");
    fields.put("proposals-form", "proposals-form");
    return fields;
  }

  /** Paging with a first row that is not a number: PrimeFaces fails on it unexpectedly. */
  private static Map<String, String> badPaging() {
    return paging("not-a-number");
  }

  // --- the rules ---

  record Check(String rule, boolean passed) {}

  private static List<Check> check(String kind, HttpResponse<String> answer) {
    List<Check> checks = new ArrayList<>();
    String contentType = header(answer, "Content-Type").orElse("");
    boolean staticResource = answer.uri().getPath().startsWith("/jakarta.faces.resource/");
    // A Faces page (with scripts) rather than a body the container writes itself.
    boolean page = contentType.startsWith("text/html") && answer.body().contains("<script");

    checks.add(
        new Check(
            "X-Content-Type-Options: nosniff",
            header(answer, "X-Content-Type-Options").filter("nosniff"::equals).isPresent()));
    checks.add(
        new Check(
            "X-Frame-Options: DENY",
            header(answer, "X-Frame-Options").filter("DENY"::equals).isPresent()));
    checks.add(
        new Check(
            "Referrer-Policy no-referrer or same-origin",
            header(answer, "Referrer-Policy")
                .filter(v -> v.equals("no-referrer") || v.equals("same-origin"))
                .isPresent()));

    List<String> policies = answer.headers().allValues("Content-Security-Policy");
    String policy = policies.isEmpty() ? "" : policies.get(0);
    checks.add(new Check("exactly one Content-Security-Policy", policies.size() == 1));
    checks.add(new Check("CSP frame-ancestors 'none'", policy.contains("frame-ancestors 'none'")));
    checks.add(
        new Check(
            "CSP object-src 'none' (or default-src 'none')",
            policy.contains("object-src 'none'") || policy.contains("default-src 'none'")));
    checks.add(
        new Check(
            "CSP base-uri restricted",
            policy.contains("base-uri 'self'") || policy.contains("base-uri 'none'")));
    checks.add(
        new Check(
            "CSP form-action restricted",
            policy.contains("form-action 'self'") || policy.contains("form-action 'none'")));
    checks.add(
        new Check(
            "CSP without 'unsafe-inline' or 'unsafe-eval' for scripts",
            !directive(policy, "script-src").contains("'unsafe-")
                && !directive(policy, "default-src").contains("'unsafe-")));
    if (page) {
      checks.add(
          new Check(
              "page CSP: script-src 'self' with a nonce",
              directive(policy, "script-src").matches("script-src 'self' 'nonce-[^']+'")));
      checks.add(
          new Check(
              "page: every script element carries the nonce",
              scriptsCarryTheNonce(answer.body(), directive(policy, "script-src"))));
    }

    String cacheControl = header(answer, "Cache-Control").orElse("");
    if (!staticResource) {
      checks.add(new Check("Cache-Control: no-store", cacheControl.contains("no-store")));
    } else if (answer.statusCode() == 200) {
      checks.add(new Check("static resource may be cached", !cacheControl.contains("no-store")));
    }
    checks.add(
        new Check(
            "no Strict-Transport-Security over plain http",
            header(answer, "Strict-Transport-Security").isEmpty()));
    checks.add(new Check("no Server header", header(answer, "Server").isEmpty()));
    checks.add(new Check("no X-Powered-By header", header(answer, "X-Powered-By").isEmpty()));

    boolean thirdPartyStatic = staticResource && answer.uri().getQuery() != null;
    if (!thirdPartyStatic) {
      checks.add(new Check("body names no server, framework or version", !found(VERSIONS, answer)));
      checks.add(new Check("body shows no stack trace or exception", !found(INTERNALS, answer)));
    }
    for (Map.Entry<String, List<String>> header : answer.headers().map().entrySet()) {
      if (VERSIONS.matcher(String.join(" ", header.getValue())).find()) {
        checks.add(new Check("header " + header.getKey() + " names a version", false));
      }
    }
    return checks;
  }

  private static boolean found(Pattern pattern, HttpResponse<String> answer) {
    Matcher matcher = pattern.matcher(answer.body());
    if (matcher.find()) {
      System.out.println("  found '" + matcher.group() + "' in " + answer.uri());
      return true;
    }
    return false;
  }

  private static boolean scriptsCarryTheNonce(String body, String scriptSrc) {
    Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(scriptSrc);
    if (!nonce.find()) {
      return false;
    }
    Matcher script = Pattern.compile("<script\\b[^>]*>").matcher(body);
    int scripts = 0;
    while (script.find()) {
      scripts++;
      if (!script.group().contains("nonce=\"" + nonce.group(1) + "\"")) {
        return false;
      }
    }
    return scripts > 0;
  }

  /** The directive {@code name} of {@code policy} with its sources, or "" when absent. */
  private static String directive(String policy, String name) {
    for (String part : policy.split(";")) {
      String trimmed = part.trim();
      if (trimmed.equals(name) || trimmed.startsWith(name + " ")) {
        return trimmed;
      }
    }
    return "";
  }

  private static Optional<String> header(HttpResponse<String> answer, String name) {
    return answer.headers().firstValue(name.toLowerCase(Locale.ROOT));
  }

  private static List<String> quoted(String property, String fallback) {
    return java.util.Arrays.stream(System.getProperty(property, fallback).split(","))
        .map(String::trim)
        .filter(v -> !v.isEmpty())
        .map(Pattern::quote)
        .toList();
  }
}
