package org.parley.bench;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark suite's orchestrator ({@code ./mvnw -Pbench verify}, docs/benchmarks.md): makes the
 * data set when it is absent, starts the benchmark server and times its boot, has the in-server
 * driver run workflows on 1, 4 and 8 threads and count the rows they write, times the dashboard and
 * inbox reads, runs the HTTP load when it is there, weighs the sessions, stops the server, and
 * prints its result as the last line: one line of JSON, also written to {@code bench-result.json}
 * in its work directory.
 */
public final class BenchMain {

  static final String DATA_GENERATOR = "org.parley.bench.data.DataGenerator";
  static final String HTTP_LOAD = "org.parley.bench.load.HttpLoad";

  /** The keys issue 7 asks for, in its order: always present, null when not measured. */
  static final List<String> REQUIRED_KEYS =
      List.of(
          "workflows_per_s_1t",
          "workflows_per_s_4t",
          "workflows_per_s_8t",
          "transition_p50_ms",
          "transition_p95_ms",
          "rows_per_transition",
          "dashboard_p95_ms",
          "inbox_p95_ms",
          "rest_transition_p95_ms",
          "jsf_ajax_p95_ms",
          "session_bytes_per_user",
          "boot_to_ready_s",
          "db");

  private static final int[] THREADS = {1, 4, 8};
  private static final int READ_WARMUP = 5;
  private static final List<String> SESSION_USERS =
      List.of(
          "drafter",
          "envoy",
          "state",
          "defense",
          "energy",
          "treasury",
          "deputy",
          "principal",
          "auditor",
          "analyst");

  private final BenchConfig config;
  private final Map<String, Object> result = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();
  private final List<String> details = new ArrayList<>();
  private boolean failed;
  private ServerProcess server;

  BenchMain(BenchConfig config) {
    this.config = config;
    REQUIRED_KEYS.forEach(key -> result.put(key, null));
    result.put("db", config.db());
  }

  public static void main(String[] args) throws Exception {
    BenchConfig config = BenchConfig.fromSystemProperties();
    Files.createDirectories(config.workDir());
    BenchMain bench = new BenchMain(config);
    bench.run();
    String line = JsonLine.of(bench.result);
    Files.writeString(config.workDir().resolve("bench-result.json"), line + "\n");
    Files.write(config.workDir().resolve("bench-details.jsonl"), bench.details);
    System.out.println(line);
    if (bench.failed) {
      throw new IllegalStateException("The benchmark did not complete: " + bench.notes);
    }
  }

  /** The result so far: every key of {@link #REQUIRED_KEYS} first, then the extras. */
  Map<String, Object> result() {
    return result;
  }

  void run() throws IOException {
    result.put("load_avg_1m_start", loadAverage());
    boolean schemaExisted = schemaExists();
    prepareData(schemaExisted);
    countData();
    try (ServerProcess started =
        ServerProcess.start(config, config.workDir().resolve("server.log"))) {
      server = started;
      log("Starting the server at " + config.baseUrl() + " (" + config.db() + ")");
      double boot = server.awaitReady(config.baseUrl());
      result.put("boot_to_ready_s", boot);
      result.put("boot_migrated_schema", !schemaExisted);
      log("Ready after " + boot + " s");
      step("workflows", this::workflows);
      step("rows", this::rows);
      step("dashboard", this::dashboard);
      step("inbox", this::inbox);
      boolean loaded = step("http load", this::httpLoad);
      step("sessions", () -> sessions(loaded && result.get("rest_transition_p95_ms") != null));
      log("Stopping the server");
    }
    result.put("load_avg_1m_end", loadAverage());
    result.put("cpus", Runtime.getRuntime().availableProcessors());
    result.put("bench_notes", notes.isEmpty() ? null : String.join("; ", notes));
  }

  // --- data ---

  private void prepareData(boolean schemaExisted) {
    Class<?> generator = optionalClass(DATA_GENERATOR);
    if (generator == null) {
      result.put("data_set", "demo");
      notes.add(
          "data generator "
              + DATA_GENERATOR
              + " absent: measured on the demo data and the benchmark's own workflows only");
      return;
    }
    if (!schemaExisted) {
      log("Migrating a new database: starting the server once");
      try (ServerProcess migrating =
          ServerProcess.start(config, config.workDir().resolve("server-migrate.log"))) {
        migrating.awaitReady(config.baseUrl());
      } catch (IOException failed) {
        throw new IllegalStateException(failed);
      }
    }
    log("Data generator: " + config.proposals() + " proposals, if absent");
    String[] args = {
      "--jdbc-url",
      config.jdbcUrl(),
      "--user",
      config.jdbcUser(),
      "--password",
      config.jdbcPassword(),
      "--demo",
      "--if-absent",
      "--proposals",
      Integer.toString(config.proposals())
    };
    try {
      Method main = generator.getMethod("main", String[].class);
      main.invoke(null, (Object) args);
      result.put("data_set", "generated");
    } catch (InvocationTargetException failed) {
      throw new IllegalStateException("The data generator failed", failed.getCause());
    } catch (ReflectiveOperationException unusable) {
      throw new IllegalStateException("The data generator cannot be called", unusable);
    }
  }

  private boolean schemaExists() {
    if (!config.postgresql() && !Files.exists(config.dataDir().resolve("parley.mv.db"))) {
      return false;
    }
    try (Connection connection = connect();
        ResultSet tables =
            connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      while (tables.next()) {
        if (tables.getString("TABLE_NAME").equalsIgnoreCase("flyway_schema_history")) {
          return true;
        }
      }
      return false;
    } catch (SQLException unreachable) {
      throw new IllegalStateException("Cannot reach " + config.jdbcUrl(), unreachable);
    }
  }

  /** How big the data set is, before the benchmark adds its workflows. */
  private void countData() {
    if (!schemaExists()) {
      return;
    }
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      result.put("proposals_in_db", count(statement, "proposal"));
      result.put("audit_events_in_db", count(statement, "audit_event"));
    } catch (SQLException unreadable) {
      notes.add("data set not counted: " + unreadable.getMessage());
    }
  }

  private static long count(Statement statement, String table) throws SQLException {
    try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword());
  }

  // --- in-server workflows ---

  private void workflows() {
    RestClient admin = admin();
    JsonObject setup = admin.getOk("/api/bench/setup");
    details.add(setup.toString());
    if (!setup.getBoolean("routing_ok")) {
      throw new IllegalStateException(
          "Routing selects " + setup.get("routed_agencies") + ", not the four agencies expected");
    }
    if (!setup.getString("db").equals(config.db())) {
      notes.add("server reports database " + setup.getString("db"));
    }
    log("Warm-up: " + config.warmup() + " workflows on 1 thread, then on 4");
    admin.postOk("/api/bench/workflows?label=warmup-1&threads=1&count=" + config.warmup());
    admin.postOk("/api/bench/workflows?label=warmup-4&threads=4&count=" + config.warmup());
    long errors = 0;
    long measured = 0;
    for (int threads : THREADS) {
      Long cpuBefore = server.cpuMillis();
      JsonObject run =
          admin.postOk(
              "/api/bench/workflows?label=t"
                  + threads
                  + "&threads="
                  + threads
                  + "&count="
                  + config.workflows());
      Long cpuAfter = server.cpuMillis();
      details.add(run.toString());
      if (cpuBefore != null && cpuAfter != null && run.getInt("completed") > 0) {
        result.put(
            "server_cpu_ms_per_workflow_" + threads + "t",
            (cpuAfter - cpuBefore) / (double) run.getInt("completed"));
      }
      errors += run.getInt("failed");
      measured += run.getInt("completed");
      run.getJsonArray("errors").forEach(e -> notes.add("workflow error: " + e));
      List<Double> all = transitionMillis(run, null);
      result.put(
          "workflows_per_s_" + threads + "t", run.getJsonNumber("workflows_per_s").doubleValue());
      result.put("transition_p95_ms_" + threads + "t", Stats.percentile(all, 95));
      if (threads == 4) {
        result.put("transition_p50_ms", Stats.percentile(all, 50));
        result.put("transition_p95_ms", Stats.percentile(all, 95));
        for (String kind : run.getJsonObject("transition_micros").keySet()) {
          result.put("p95_ms_4t_" + kind, Stats.percentile(transitionMillis(run, kind), 95));
        }
      }
      log(
          threads
              + " thread(s): "
              + run.getJsonNumber("workflows_per_s")
              + " workflows/s, transition p95 "
              + Stats.percentile(all, 95)
              + " ms");
    }
    result.put("workflows_measured", measured);
    result.put("workflow_errors", errors);
  }

  /** Every transition time of a run in milliseconds, or those of one kind. */
  static List<Double> transitionMillis(JsonObject run, String kind) {
    JsonObject byKind = run.getJsonObject("transition_micros");
    List<Double> millis = new ArrayList<>();
    for (String name : byKind.keySet()) {
      if (kind == null || kind.equals(name)) {
        byKind.getJsonArray(name).forEach(v -> millis.add(((JsonNumber) v).longValue() / 1000.0));
      }
    }
    return millis;
  }

  private void rows() {
    log("Counting rows: " + config.rowWorkflows() + " workflows on 1 thread");
    JsonObject rows = admin().postOk("/api/bench/rows?count=" + config.rowWorkflows());
    details.add(rows.toString());
    long transitions = rows.getJsonNumber("transitions").longValue();
    if (transitions == 0) {
      throw new IllegalStateException("No transition completed while counting rows: " + rows);
    }
    result.put(
        "rows_per_transition", rows.getJsonNumber("rows").longValue() / (double) transitions);
    result.put("rows_method", rows.getString("rows_method"));
    result.put(
        "rows_per_transition_hibernate",
        rows.getJsonNumber("rows_hibernate").longValue() / (double) transitions);
    result.put("rows_transitions", transitions);
    JsonObject hibernate = rows.getJsonObject("hibernate");
    for (String counter :
        List.of("statements_prepared", "entity_loads", "collection_loads", "flushes")) {
      result.put(
          counter + "_per_transition",
          hibernate.getJsonNumber(counter).longValue() / (double) transitions);
    }
    JsonObject work = rows.getJsonObject("hibernate_work_per_transition");
    for (String kind : work.keySet()) {
      result.put(
          "statements_" + kind, work.getJsonObject(kind).getJsonNumber("statements").doubleValue());
    }
  }

  // --- reads ---

  private void dashboard() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    // The page's default (the last 90 days), one track of the generated set (track 101, the demo
    // envoy's), and a year; the whole three years of the data set and the lists behind the tiles
    // are reported apart.
    List<String> paths =
        List.of(
            "/api/dashboard",
            "/api/dashboard?trackId=101",
            "/api/dashboard?from=" + today.minusYears(1) + "&to=" + today,
            "/api/dashboard?trackId=101&from=" + today.minusYears(1) + "&to=" + today);
    result.put("dashboard_p95_ms", readP95("dashboard", paths, List.of("deputy")));
    result.put(
        "dashboard_3y_p95_ms",
        readP95(
            "dashboard over three years",
            List.of("/api/dashboard?from=" + today.minusYears(3) + "&to=" + today),
            List.of("deputy")));
    result.put(
        "dashboard_drilldown_p95_ms",
        readP95(
            "dashboard drill-down",
            List.of(
                "/api/dashboard/pipeline?key=DRAFT",
                "/api/dashboard/clearance-time?key=TREASURY",
                "/api/dashboard/overdue-slots",
                "/api/dashboard/decisions?key=APPROVED&text=2025"),
            List.of("deputy")));
  }

  private void inbox() {
    result.put("inbox_p95_ms", readP95("inbox", List.of("/api/inbox"), List.of("state", "deputy")));
  }

  /**
   * Sequential GETs of {@code paths} by {@code users} in turn, after a warm-up; the p95 in ms of
   * the answers, null when the resource does not exist (404).
   */
  private Double readP95(String name, List<String> paths, List<String> users) {
    List<RestClient> clients =
        users.stream().map(u -> new RestClient(config.baseUrl(), u, BenchConfig.PASSWORD)).toList();
    RestClient.Timed first = clients.get(0).get(paths.get(0));
    if (first.status() == 404) {
      notes.add(name + ": " + paths.get(0) + " answered 404 (not in this build)");
      return null;
    }
    for (int i = 0; i < READ_WARMUP * paths.size() * clients.size(); i++) {
      clients.get(i % clients.size()).get(paths.get((i / clients.size()) % paths.size()));
    }
    List<Double> millis = new ArrayList<>();
    int errors = 0;
    for (int i = 0; i < config.probes(); i++) {
      RestClient.Timed answer =
          clients.get(i % clients.size()).get(paths.get((i / clients.size()) % paths.size()));
      if (answer.status() == 200) {
        millis.add(answer.millis());
      } else {
        errors++;
        if (errors == 1) {
          notes.add(name + ": answered " + answer.status() + " " + abbreviate(answer.body()));
        }
      }
    }
    result.put(name + "_p50_ms", Stats.percentile(millis, 50));
    result.put(name + "_requests", millis.size());
    result.put(name + "_errors", errors);
    log(name + ": p95 " + Stats.percentile(millis, 95) + " ms over " + millis.size());
    return Stats.percentile(millis, 95);
  }

  // --- HTTP load and sessions ---

  @SuppressWarnings("unchecked")
  private void httpLoad() {
    Class<?> load = optionalClass(HTTP_LOAD);
    if (load == null) {
      notes.add("HTTP load " + HTTP_LOAD + " absent: no REST or JSF load figures");
      throw new Skipped();
    }
    log("HTTP load");
    try {
      Method run = load.getMethod("run", URI.class, Path.class);
      Path dir = config.workDir().resolve("load");
      Files.createDirectories(dir);
      Map<String, Object> figures = (Map<String, Object>) run.invoke(null, config.baseUrl(), dir);
      figures.forEach(
          (key, value) -> {
            if (!result.containsKey(key) || result.get(key) == null) {
              result.put(key, value);
            }
          });
    } catch (InvocationTargetException failed) {
      throw new IllegalStateException("The HTTP load failed", failed.getCause());
    } catch (ReflectiveOperationException | IOException unusable) {
      throw new IllegalStateException("The HTTP load cannot be run", unusable);
    }
  }

  private void sessions(boolean afterLoad) {
    RestClient admin = admin();
    String method;
    if (afterLoad) {
      method = "live sessions after the HTTP load";
    } else {
      admin.postOk("/api/bench/sessions/invalidate");
      for (String user : SESSION_USERS) {
        new PageVisitor(config.baseUrl()).signInAndBrowse(user, BenchConfig.PASSWORD);
      }
      method =
          SESSION_USERS.size()
              + " users signed in through the sign-in page, "
              + PageVisitor.PAGES.size()
              + " pages each";
    }
    JsonObject sizes = admin.getOk("/api/bench/sessions");
    details.add(sizes.toString());
    result.put("session_bytes_per_user", sizes.getJsonNumber("mean_bytes").longValue());
    result.put("session_bytes_max", sizes.getJsonNumber("max_bytes").longValue());
    result.put("sessions_measured", sizes.getInt("measured"));
    result.put("session_method", method);
    if (!sizes.getJsonArray("unserializable").isEmpty()) {
      notes.add("unserializable session attributes: " + sizes.getJsonArray("unserializable"));
    }
  }

  // --- plumbing ---

  private RestClient admin() {
    return new RestClient(config.baseUrl(), BenchConfig.ADMIN, BenchConfig.PASSWORD);
  }

  /** Runs one measurement; a failure is noted and leaves its keys null. */
  private boolean step(String name, Runnable measurement) {
    try {
      measurement.run();
      return true;
    } catch (Skipped skipped) {
      return false;
    } catch (RuntimeException failure) {
      notes.add(name + " failed: " + failure);
      log(name + " failed: " + failure);
      if (name.equals("workflows")) {
        failed = true;
      }
      return false;
    }
  }

  /** The machine's 1-minute load average (other work competing for its cores), null if unknown. */
  private static Double loadAverage() {
    double load =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? null : load;
  }

  private static Class<?> optionalClass(String name) {
    try {
      return Class.forName(name, true, Thread.currentThread().getContextClassLoader());
    } catch (ClassNotFoundException absent) {
      return null;
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }

  private static void log(String line) {
    System.out.println("[bench] " + line);
  }

  /** A measurement whose part is not in this build. */
  private static final class Skipped extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
