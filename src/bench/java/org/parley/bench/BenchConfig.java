package org.parley.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The benchmark's settings, from system properties (the {@code bench} profile of pom.xml passes
 * them on; docs/benchmarks.md lists them).
 *
 * @param db "h2" or "postgresql"
 * @param serverDir the provisioned benchmark server
 * @param dataDir where the server keeps its H2 database
 * @param workDir the benchmark's own files (logs, result, load reports)
 * @param portOffset the server's port offset (0: http 8080, management 9990)
 * @param httpPort the server's HTTP port
 * @param workflows workflows measured per thread count
 * @param warmup workflows run before measuring, on one and on four threads
 * @param rowWorkflows workflows of the row count
 * @param probes measured requests of each read probe (dashboard, inbox)
 * @param proposals proposals the data generator makes when the data set is absent
 */
record BenchConfig(
    String db,
    Path serverDir,
    Path dataDir,
    Path workDir,
    int portOffset,
    int httpPort,
    int workflows,
    int warmup,
    int rowWorkflows,
    int probes,
    int proposals) {

  static final String ADMIN = "admin";
  static final String PASSWORD = "Parley-Demo-2026";

  static BenchConfig fromSystemProperties() {
    int offset = intProperty("parley.port.offset", 0);
    return new BenchConfig(
        System.getProperty("parley.db", "h2"),
        Path.of(required("bench.server.dir")),
        Path.of(required("bench.data.dir")),
        Path.of(required("bench.work.dir")),
        offset,
        intProperty("parley.http.port", 8080 + offset),
        intProperty("bench.workflows", 200),
        intProperty("bench.warmup", 30),
        intProperty("bench.rows.workflows", 20),
        intProperty("bench.probes", 60),
        intProperty("bench.proposals", 100_000));
  }

  URI baseUrl() {
    return URI.create("http://localhost:" + httpPort);
  }

  boolean postgresql() {
    return db.equals("postgresql");
  }

  /** The JDBC URL the server uses (H2: its file under the data directory). */
  String jdbcUrl() {
    return postgresql()
        ? env("PARLEY_DB_URL").orElse("jdbc:postgresql://localhost:5432/parley_bench")
        : "jdbc:h2:file:" + dataDir.resolve("parley").toAbsolutePath();
  }

  /** The role that owns the schema (H2: sa). */
  String jdbcUser() {
    return postgresql() ? env("PARLEY_DB_OWNER").orElse("parley_owner") : "sa";
  }

  String jdbcPassword() {
    return postgresql() ? env("PARLEY_DB_OWNER_PASSWORD").orElse("") : "sa";
  }

  private static Optional<String> env(String name) {
    return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
  }

  private static String required(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("Set -D" + name + " (the bench profile of pom.xml does).");
    }
    return value;
  }

  private static int intProperty(String name, int fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
  }
}
