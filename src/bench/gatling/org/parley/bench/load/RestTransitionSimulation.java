package org.parley.bench.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.function.Function;

/**
 * {@code rest_transition_p95_ms}: {@code bench.load.rest.users} (32) concurrent REST clients, each
 * driving whole workflows without pause through the API exactly as architecture §6 and §8 describe
 * them: the drafter creates a complete proposal on track 1, the envoy submits it, every agency the
 * clearance answer names takes its position through its reviewer, and a principal or deputy
 * decides. Every transition carries HTTP Basic credentials and a fresh {@code Idempotency-Key}. All
 * seven (or however many agencies the routing rules ask for) transitions of the steady phase are
 * one request name, {@link #TRANSITION}, so Gatling's percentiles of that name are the figure.
 */
public class RestTransitionSimulation extends Simulation {

  /** The request name of a measured transition in Gatling's statistics. */
  public static final String TRANSITION = "rest transition";

  private final LoadSettings settings = LoadSettings.fromSystemProperties();
  private volatile long startNanos = System.nanoTime();

  {
    HttpProtocolBuilder protocol =
        http.baseUrl(settings.baseUrl().toString())
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .userAgentHeader("parley-bench-load")
            .disableWarmUp()
            .disableCaching();

    ChainBuilder workflow =
        exec(session -> session.set("title", RestCalls.title()))
            .exec(
                transition(
                        "/api/proposals",
                        "drafter",
                        session -> RestCalls.draftBody(session.getString("title")))
                    .check(status().is(201), jsonPath("$.id").ofLong().saveAs("id")))
            .exec(
                transition("/api/proposals/#{id}/submit", "envoy", session -> RestCalls.SUBMISSION)
                    .check(
                        status().is(200),
                        jsonPath("$.requiredAgencies[*]").findAll().saveAs("agencies")))
            .foreach("#{agencies}", "agency")
            .on(
                exec(
                    transition(
                            "/api/proposals/#{id}/clearance/#{agency}",
                            session -> RestCalls.reviewerOf(session.getString("agency")),
                            session -> RestCalls.CONCUR)
                        .check(status().is(200))))
            .exec(
                transition(
                        "/api/proposals/#{id}/decision",
                        session -> RestCalls.decider(session.userId()),
                        session -> RestCalls.APPROVAL)
                    .check(status().is(200)));

    ScenarioBuilder clients =
        scenario("REST workflows")
            .asLongAs(session -> elapsed().compareTo(settings.total(settings.restRampUp())) < 0)
            .on(exitBlockOnFail().on(workflow));

    setUp(clients.injectOpen(rampUsers(settings.restUsers()).during(settings.restRampUp())))
        .protocols(protocol);
  }

  @Override
  public void before() {
    startNanos = System.nanoTime();
  }

  private HttpRequestActionBuilder transition(
      String path, String user, Function<Session, String> body) {
    return transition(path, session -> user, body);
  }

  private HttpRequestActionBuilder transition(
      String path, Function<Session, String> user, Function<Session, String> body) {
    return http(session -> settings.phaseOf(elapsed(), settings.restRampUp()).name(TRANSITION))
        .post(path)
        .header("Authorization", session -> RestCalls.basic(user.apply(session)))
        .header("Idempotency-Key", session -> RestCalls.idempotencyKey())
        .body(StringBody(body));
  }

  private Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
