package org.parley.bench.server;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.parley.access.application.CurrentUser;
import org.parley.access.domain.Role;
import org.parley.shared.AccessDeniedException;
import org.parley.shared.Agency;
import org.parley.shared.InvalidInputException;
import org.parley.shared.NotFoundException;

/**
 * {@code /api/bench}: the benchmark's server side (docs/benchmarks.md), in the benchmark WAR only.
 * Answers an administrator calling from this machine; anyone else gets "not found", as if it did
 * not exist.
 */
@Path("bench")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BenchResource {

  private static final int MAX_THREADS = 64;

  @Inject private HttpServletRequest request;
  @Inject private CurrentUser currentUser;
  @Inject private WorkflowDriver driver;
  @Inject private RowCounter rows;

  /** The database, and the agencies routing selects for the benchmark's workflow. */
  @GET
  @Path("setup")
  public JsonObject setup() {
    guard();
    Set<Agency> routed = driver.routedAgencies();
    JsonArrayBuilder agencies = Json.createArrayBuilder();
    routed.stream().map(Enum::name).sorted().forEach(agencies::add);
    return Json.createObjectBuilder()
        .add("db", rows.database())
        .add("routed_agencies", agencies)
        .add("routing_ok", routed.equals(Set.copyOf(WorkflowDriver.AGENCIES)))
        .build();
  }

  /** Runs {@code count} workflows on {@code threads} threads; their times. */
  @POST
  @Path("workflows")
  public JsonObject workflows(
      @QueryParam("count") @DefaultValue("10") int count,
      @QueryParam("threads") @DefaultValue("1") int threads,
      @QueryParam("label") @DefaultValue("run") String label) {
    guard();
    requireRange("count", count, 1, 1_000_000);
    requireRange("threads", threads, 1, MAX_THREADS);
    return driver.run(count, threads, label).toJson();
  }

  /**
   * Runs {@code count} workflows on one thread and counts the rows they write (PostgreSQL's
   * counters, else Hibernate's statistics); per transition.
   */
  @POST
  @Path("rows")
  public JsonObject rows(@QueryParam("count") @DefaultValue("20") int count) {
    guard();
    requireRange("count", count, 1, 100_000);
    String database = rows.database();
    boolean postgresql = database.equals("postgresql");
    Map<String, Long> before = postgresql ? rows.settledPostgresqlCounts() : Map.of();
    rows.startHibernateStatistics();
    RunResult run = driver.run(count, 1, "rows", true);
    Map<String, Long> hibernate = rows.stopHibernateStatistics();
    Map<String, Long> after = postgresql ? rows.settledPostgresqlCounts() : Map.of();
    long transitions = (long) run.completed() * WorkflowDriver.TRANSITIONS.size();
    long hibernateRows =
        hibernate.get("entity_inserts")
            + hibernate.get("entity_updates")
            + hibernate.get("entity_deletes");
    JsonObjectBuilder answer =
        Json.createObjectBuilder()
            .add("db", database)
            .add("workflows", run.completed())
            .add("failed", run.failed())
            .add("transitions", transitions)
            .add("rows_hibernate", hibernateRows)
            .add("hibernate", toJson(hibernate))
            .add(
                "hibernate_work_per_transition", run.toJson().get("hibernate_work_per_transition"));
    if (postgresql) {
      Map<String, Long> byTable = delta(before, after);
      long written = byTable.values().stream().mapToLong(Long::longValue).sum();
      answer
          .add("rows_method", "pg_stat_user_tables")
          .add("rows", written)
          .add("rows_by_table", toJson(byTable));
    } else {
      answer.add("rows_method", "hibernate_statistics").add("rows", hibernateRows);
    }
    return answer.build();
  }

  /** The live sessions' sizes. */
  @GET
  @Path("sessions")
  public JsonObject sessions() {
    guard();
    SessionRegistry.Sizes sizes = SessionRegistry.measure();
    JsonArrayBuilder unserializable = Json.createArrayBuilder();
    sizes.unserializable().forEach(unserializable::add);
    return Json.createObjectBuilder()
        .add("live", sizes.live())
        .add("measured", sizes.measured())
        .add("mean_bytes", sizes.meanBytes())
        .add("max_bytes", sizes.maxBytes())
        .add("unserializable", unserializable)
        .build();
  }

  /** Ends every live session (a clean start for measuring their size). */
  @POST
  @Path("sessions/invalidate")
  public JsonObject invalidateSessions() {
    guard();
    return Json.createObjectBuilder().add("invalidated", SessionRegistry.invalidateAll()).build();
  }

  private void guard() {
    if (!fromThisMachine()) {
      throw new NotFoundException("Not found.");
    }
    if (!currentUser.caller().hasRole(Role.ADMIN)) {
      throw new AccessDeniedException("The benchmark is for administrators.");
    }
  }

  private boolean fromThisMachine() {
    try {
      return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
    } catch (UnknownHostException unknown) {
      return false;
    }
  }

  private static void requireRange(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidInputException(field, field + " must be from " + min + " to " + max + ".");
    }
  }

  private static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> delta = new TreeMap<>();
    after.forEach(
        (table, count) -> {
          long d = count - before.getOrDefault(table, 0L);
          if (d != 0) {
            delta.put(table, d);
          }
        });
    return delta;
  }

  private static JsonObject toJson(Map<String, Long> counts) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    counts.forEach(json::add);
    return json.build();
  }
}
