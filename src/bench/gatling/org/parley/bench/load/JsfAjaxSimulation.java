package org.parley.bench.load;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * {@code jsf_ajax_p95_ms}: {@code bench.load.jsf.users} (100) page users, each with a session
 * (cookies) of its own, who sign in through the sign-in form and then work with pauses of 2–4 s
 * (mean {@code bench.load.think.seconds}, 3 s) between clicks, the way a browser talks to Faces and
 * PrimeFaces in CSP mode: every postback carries the page's {@code jakarta.faces.ViewState} and
 * {@code primefaces.nonce}, the ajax headers and parameters PrimeFaces' core.js sends ({@code
 * Faces-Request: partial/ajax}, {@code jakarta.faces.partial.ajax}, source, execute, render,
 * behavior event) and the form's fields (the whole form, or only the processed component with
 * {@code partialSubmit}).
 *
 * <p>Journeys: reviewers (half the users) open their inbox, then the proposal list; leadership (a
 * quarter: deputy, principal, envoy) the proposal list; both sort the lazy table, page it, filter
 * it by status (the menu's valueChange request, then the table's filter request) and open a
 * proposal. The drafter (a quarter) opens the editor for a new proposal and changes instrument and
 * verification menus, each change an ajax request that recomputes the live reciprocity findings
 * without saving. Static resources are not requested (a browser with a warm cache).
 *
 * <p>Every ajax answer must be a {@code <partial-response>} without {@code <error>} or a redirect
 * to the sign-in or an error page ({@link FacesPage#partialVerdict}); every page a signed-in page
 * with a view state and a nonce ({@link FacesPage#pageVerdict}). The steady phase's ajax requests
 * are one request name, {@link #AJAX}; its pages {@link #PAGE}.
 */
public class JsfAjaxSimulation extends Simulation {

  public static final String AJAX = "jsf ajax";
  public static final String PAGE = "jsf page";

  private static final String LIST = "/proposals/list.xhtml";
  private static final String TABLE = "proposals-form:proposals";
  private static final String STATUS_MENU = "proposals-form:filter-status";
  private static final String STEP = "proposal-form:phases:0:steps:0:";
  private static final List<String> SORTABLE =
      List.of("col-reference", "col-title", "col-status", "col-updated");
  private static final List<String> REVIEWERS =
      List.of("state", "defense", "energy", "treasury", "ic", "nsc");
  private static final List<String> LEADERSHIP = List.of("deputy", "principal", "envoy");

  private final LoadSettings settings = LoadSettings.fromSystemProperties();
  private volatile long startNanos = System.nanoTime();

  {
    HttpProtocolBuilder protocol =
        http.baseUrl(settings.baseUrl().toString())
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("en-GB,en;q=0.9")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) parley-bench-load")
            .disableWarmUp();

    int reviewers = settings.jsfUsers() / 2;
    int drafters = settings.jsfUsers() / 4;
    int leaders = settings.jsfUsers() - reviewers - drafters;
    setUp(
            population("reviewers", REVIEWERS, exec(inbox()).exec(listWork()), reviewers),
            population("leadership", LEADERSHIP, listWork(), leaders),
            population("drafter", List.of("drafter"), editorWork(), drafters))
        .protocols(protocol);
  }

  @Override
  public void before() {
    startNanos = System.nanoTime();
  }

  private PopulationBuilder population(
      String name, List<String> accounts, ChainBuilder journey, int users) {
    ScenarioBuilder scenario =
        scenario(name)
            .exec(
                session ->
                    session
                        .set("user", accounts.get((int) (session.userId() % accounts.size())))
                        .set("proposalIds", List.of()))
            // One sign-in at a time per shared demo account (SignInTurns).
            .asLongAs(session -> !SignInTurns.tryAcquire(session.getString("user")))
            .on(pause(Duration.ofMillis(200)))
            .exec(signIn())
            .exec(
                session -> {
                  SignInTurns.release(session.getString("user"));
                  return session;
                })
            .exitHereIfFailed()
            .asLongAs(session -> running())
            .on(exitBlockOnFail().on(journey));
    return scenario.injectOpen(rampUsers(users).during(settings.jsfRampUp()));
  }

  // --- journeys ---

  private ChainBuilder signIn() {
    return exec(http("sign-in page")
            .get("/login.xhtml")
            .check(
                status().is(200),
                regex(FacesPage.VIEW_STATE_REGEX).saveAs("viewState"),
                regex(FacesPage.NONCE_REGEX).saveAs("nonce")))
        .pause(Duration.ofSeconds(1), Duration.ofSeconds(2))
        .exec(
            http("sign-in")
                .post("/login.xhtml")
                .formParam("login-form", "login-form")
                .formParam("login-form:username", "#{user}")
                .formParam("login-form:password", RestCalls.PASSWORD)
                .formParam("login-form:continue", "")
                .formParam("login-form:sign-in", "")
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .formParam(FacesPage.NONCE_PARAMETER, "#{nonce}")
                .check(status().is(200), pageVerdict()));
  }

  private ChainBuilder inbox() {
    return exec(page("/inbox.xhtml")).pause(thinkMin(), thinkMax());
  }

  /** The proposal list: sort, next page, filter by status, open a proposal. */
  private ChainBuilder listWork() {
    return exec(session -> session.set("status", "").set("sortDir", "1"))
        .exec(
            page(LIST)
                .check(
                    bodyString()
                        .transform(body -> FacesPage.optionValues(body, STATUS_MENU + "_input"))
                        .saveAs("statuses"),
                    proposalLinks()))
        .pause(thinkMin(), thinkMax())
        .exec(
            listAjax(TABLE, TABLE, TABLE, null, TABLE)
                .formParam(TABLE + "_sorting", "true")
                .formParam(TABLE + "_skipChildren", "true")
                .formParam(TABLE + "_encodeFeature", "true")
                .formParam(TABLE + "_sortKey", session -> TABLE + ":" + any(SORTABLE))
                .formParam(TABLE + "_sortDir", session -> any(List.of("1", "-1")))
                .formParamMap(this::listForm)
                .check(proposalLinks()))
        .pause(thinkMin(), thinkMax())
        .exec(
            listAjax(TABLE, TABLE, TABLE, null, TABLE)
                .formParam(TABLE + "_pagination", "true")
                .formParam(TABLE + "_first", "10")
                .formParam(TABLE + "_rows", "10")
                .formParam(TABLE + "_skipChildren", "true")
                .formParam(TABLE + "_encodeFeature", "true")
                .formParamMap(this::listForm)
                .check(proposalLinks()))
        .pause(thinkMin(), thinkMax())
        .exec(session -> session.set("status", any(session.getList("statuses"))))
        .exec(
            listAjax(
                    STATUS_MENU,
                    STATUS_MENU,
                    "proposals-form:new-proposal banner",
                    "valueChange",
                    "banner")
                .formParamMap(this::listForm))
        // The menu's oncomplete: PF('proposalsTable').filter(), at once.
        .exec(
            listAjax(TABLE, TABLE, TABLE, null, TABLE)
                .formParam(TABLE + "_filtering", "true")
                .formParam(TABLE + "_encodeFeature", "true")
                .formParamMap(this::listForm)
                .check(proposalLinks()))
        .pause(thinkMin(), thinkMax())
        .doIf(session -> !session.getList("proposalIds").isEmpty())
        .then(
            exec(session -> session.set("proposalId", any(session.getList("proposalIds"))))
                .exec(page("/proposals/view.xhtml?id=#{proposalId}"))
                .pause(thinkMin(), thinkMax()));
  }

  /** The editor of a new proposal: instrument and verification menus, findings live, no save. */
  private ChainBuilder editorWork() {
    ChainBuilder change =
        exec(session ->
                session
                    .set("menu", any(List.of("our-instrument", "their-verification")))
                    .set("choice", ""))
            .exec(
                session ->
                    session.set(
                        "choice",
                        any(session.getList(session.getString("menu").replace('-', '_')))))
            .exec(
                ajax(
                        "/proposals/edit.xhtml",
                        session -> STEP + session.getString("menu"),
                        session -> STEP + session.getString("menu"),
                        session -> STEP + "step-findings proposal-form:findings",
                        "valueChange",
                        "proposal-form:findings")
                    // partialSubmit: only the processed menu's field, then view state and nonce.
                    .formParam(
                        session -> STEP + session.getString("menu") + "_input",
                        session -> session.getString("choice"))
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .formParam(FacesPage.NONCE_PARAMETER, "#{nonce}"))
            .pause(thinkMin(), thinkMax());
    return exec(page("/proposals/edit.xhtml?trackId=" + RestCalls.TRACK)
            .check(
                bodyString()
                    .transform(body -> FacesPage.optionValues(body, STEP + "our-instrument_input"))
                    .saveAs("our_instrument"),
                bodyString()
                    .transform(
                        body -> FacesPage.optionValues(body, STEP + "their-verification_input"))
                    .saveAs("their_verification")))
        .pause(thinkMin(), thinkMax())
        .repeat(4)
        .on(change);
  }

  // --- requests ---

  private HttpRequestActionBuilder page(String path) {
    return http(session -> phase().name(PAGE))
        .get(path)
        .check(
            status().is(200),
            pageVerdict(),
            regex(FacesPage.VIEW_STATE_REGEX).saveAs("viewState"),
            regex(FacesPage.NONCE_REGEX).saveAs("nonce"));
  }

  private HttpRequestActionBuilder listAjax(
      String source, String execute, String render, String event, String updated) {
    return ajax(LIST, session -> source, session -> execute, session -> render, event, updated);
  }

  /**
   * A PrimeFaces ajax request: its headers and, in core.js's order, partial.ajax, source, execute,
   * render, and the behavior event (or the source as a parameter of its own when there is none).
   * The answer must be a partial response that updates {@code updated} (a client id); its view
   * state and CSP nonce (PrimeFaces sends a new one with each answer) replace the ones posted.
   */
  private HttpRequestActionBuilder ajax(
      String path,
      Function<Session, String> source,
      Function<Session, String> execute,
      Function<Session, String> render,
      String event,
      String updated) {
    HttpRequestActionBuilder request =
        http(session -> phase().name(AJAX))
            .post(path)
            .header("Faces-Request", "partial/ajax")
            .header("X-Requested-With", "XMLHttpRequest")
            .header("Accept", "application/xml, text/xml, */*; q=0.01")
            .header("Origin", settings.baseUrl().toString())
            .header("Referer", settings.baseUrl() + path)
            .formParam("jakarta.faces.partial.ajax", "true")
            .formParam("jakarta.faces.source", session -> source.apply(session))
            .formParam("jakarta.faces.partial.execute", session -> execute.apply(session))
            .formParam("jakarta.faces.partial.render", session -> render.apply(session));
    request =
        event == null
            ? request.formParam(source, session -> source.apply(session))
            : request
                .formParam("jakarta.faces.behavior.event", event)
                .formParam(
                    "jakarta.faces.partial.event", "valueChange".equals(event) ? "change" : event);
    return request.check(
        status().is(200),
        bodyString().transform(FacesPage::partialVerdict).is(FacesPage.OK),
        substring("<update id=\"" + updated + "\"").exists(),
        regex(FacesPage.VIEW_STATE_UPDATE_REGEX).optional().saveAs("viewState"),
        regex(FacesPage.NONCE_REGEX).optional().saveAs("nonce"));
  }

  /** The proposal list form's fields as the browser serialises them, in document order. */
  private java.util.Map<String, Object> listForm(Session session) {
    java.util.Map<String, Object> form = new java.util.LinkedHashMap<>();
    form.put("proposals-form", "proposals-form");
    form.put(STATUS_MENU + "_input", session.getString("status"));
    form.put("proposals-form:filter-track_input", "");
    form.put("proposals-form:filter-text", "");
    form.put(TABLE + "_rppDD", "10");
    form.put("jakarta.faces.ViewState", session.getString("viewState"));
    form.put(FacesPage.NONCE_PARAMETER, session.getString("nonce"));
    return form;
  }

  private static io.gatling.javaapi.core.CheckBuilder pageVerdict() {
    return bodyString().transform(FacesPage::pageVerdict).is(FacesPage.OK);
  }

  private static io.gatling.javaapi.core.CheckBuilder proposalLinks() {
    return regex(FacesPage.PROPOSAL_LINK_REGEX).findAll().optional().saveAs("proposalIds");
  }

  // --- time ---

  private LoadSettings.Phase phase() {
    return settings.phaseOf(elapsed(), settings.jsfRampUp());
  }

  private boolean running() {
    return elapsed().compareTo(settings.total(settings.jsfRampUp())) < 0;
  }

  private Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  private Duration thinkMin() {
    return settings.thinkTime().multipliedBy(2).dividedBy(3);
  }

  private Duration thinkMax() {
    return settings.thinkTime().multipliedBy(4).dividedBy(3);
  }

  private static <T> T any(List<T> values) {
    return values.get(ThreadLocalRandom.current().nextInt(values.size()));
  }
}
