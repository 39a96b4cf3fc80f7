package org.parley.bench.load;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The HTTP load of the benchmark (issue 7): runs the two Gatling simulations in this JVM against a
 * running server, one after the other, and returns the figures read from Gatling's own reports.
 *
 * <ul>
 *   <li>{@code rest_transition_p95_ms}: {@link RestCalls REST workflow transitions} at {@code
 *       bench.load.rest.users} (32) concurrent clients ({@code RestTransitionSimulation}).
 *   <li>{@code jsf_ajax_p95_ms}: Faces/PrimeFaces ajax postbacks of {@code bench.load.jsf.users}
 *       (100) signed-in page users with a mean think time of 3 s ({@code JsfAjaxSimulation}).
 * </ul>
 *
 * Gatling is on the class path only in the {@code bench} Maven profile; it is launched by name, so
 * that this class compiles without it. Gatling needs {@code --add-opens java.base/java.lang} (its
 * Maven plugin passes it too): in a JVM started without it, {@link #run} runs the load in a child
 * JVM with the same class path and that option, and reads the figures it writes.
 */
public final class HttpLoad {

  static final String REST_SIMULATION = "org.parley.bench.load.RestTransitionSimulation";
  static final String JSF_SIMULATION = "org.parley.bench.load.JsfAjaxSimulation";

  /** Request names of the simulations' steady phase (see the simulations). */
  static final String REST_TRANSITION = "rest transition";

  static final String JSF_AJAX = "jsf ajax";
  static final String JSF_PAGE = "jsf page";

  private HttpLoad() {}

  /**
   * Runs the REST and the JSF load against {@code baseUrl} (e.g. {@code http://localhost:8080}),
   * writing Gatling's reports under {@code workDir}; the figures, times in milliseconds. Which
   * simulations run: {@code bench.load.only} = {@code rest}, {@code jsf} or both (default).
   */
  public static Map<String, Object> run(URI baseUrl, Path workDir) {
    if (!Object.class.getModule().isOpen("java.lang", HttpLoad.class.getModule())) {
      return ChildJvm.run(baseUrl, workDir);
    }
    return runHere(baseUrl, workDir);
  }

  static Map<String, Object> runHere(URI baseUrl, Path workDir) {
    String only = System.getProperty("bench.load.only", "");
    System.setProperty(LoadSettings.BASE_URL, baseUrl.toString());
    configureGatling();
    LoadSettings settings = LoadSettings.fromSystemProperties();
    awaitServer(settings.baseUrl());
    warmCredentials(settings.baseUrl());
    Path results = workDir.resolve("gatling");
    try {
      Files.createDirectories(results);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("load_generator", "gatling " + gatlingVersion());
    figures.put("machine_loadavg_before", loadAverage());
    if (!"jsf".equals(only)) {
      GatlingStats rest = simulate(REST_SIMULATION, results, "REST transitions");
      figures.putAll(restFigures(rest, settings));
    }
    if (!"rest".equals(only)) {
      GatlingStats jsf = simulate(JSF_SIMULATION, results, "JSF ajax postbacks");
      figures.putAll(jsfFigures(jsf, settings));
    }
    figures.put("machine_loadavg_after", loadAverage());
    figures.put("load_reports", results.toAbsolutePath().toString());
    return figures;
  }

  /** Runs the load against the server at {@code args[0]} and prints the figures as JSON. */
  public static void main(String[] args) throws IOException {
    URI base = URI.create(args.length > 0 ? args[0] : "http://localhost:8080");
    Path workDir = Path.of(System.getProperty("bench.load.dir", "target/bench-load"));
    Map<String, Object> figures = run(base, workDir);
    String json = toJson(figures);
    if (args.length > 1) {
      // A child JVM of ChildJvm: the parent reads the figures from this file and prints them.
      Files.writeString(Path.of(args[1]), json);
    } else {
      System.out.println(json);
    }
    // Gatling's event loops may linger; the run is over.
    System.exit(0);
  }

  static Map<String, Object> restFigures(GatlingStats stats, LoadSettings settings) {
    GatlingStats.RequestStats steady = require(stats, REST_TRANSITION);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("rest_transition_p95_ms", steady.p95());
    figures.put("rest_transition_p50_ms", steady.p50());
    figures.put("rest_transition_p99_ms", steady.p99());
    figures.put("rest_transition_max_ms", steady.max());
    figures.put("rest_requests", steady.total());
    figures.put("rest_errors", steady.ko());
    figures.put("rest_errors_whole_run", stats.global().ko());
    figures.put("rest_transitions_per_s", perSecond(steady.total(), settings.steady()));
    figures.put("rest_users", settings.restUsers());
    figures.put("rest_steady_s", settings.steady().toMillis() / 1000.0);
    return figures;
  }

  static Map<String, Object> jsfFigures(GatlingStats stats, LoadSettings settings) {
    GatlingStats.RequestStats ajax = require(stats, JSF_AJAX);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("jsf_ajax_p95_ms", ajax.p95());
    figures.put("jsf_ajax_p50_ms", ajax.p50());
    figures.put("jsf_ajax_p99_ms", ajax.p99());
    figures.put("jsf_ajax_max_ms", ajax.max());
    figures.put("jsf_requests", ajax.total());
    // Every failed request of the run counts: sign-in, pages and ajax, warm-up included.
    figures.put("jsf_errors", stats.global().ko());
    figures.put("jsf_ajax_errors", ajax.ko());
    stats
        .request(JSF_PAGE)
        .ifPresent(
            page -> {
              figures.put("jsf_page_p95_ms", page.p95());
              figures.put("jsf_page_requests", page.total());
            });
    figures.put("jsf_ajax_per_s", perSecond(ajax.total(), settings.steady()));
    figures.put("jsf_users", settings.jsfUsers());
    figures.put("jsf_think_s", settings.thinkTime().toMillis() / 1000.0);
    figures.put("jsf_steady_s", settings.steady().toMillis() / 1000.0);
    return figures;
  }

  static String toJson(Map<String, Object> figures) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    figures.forEach(
        (key, value) -> {
          if (value instanceof Integer number) {
            json.add(key, number);
          } else if (value instanceof Long number) {
            json.add(key, number);
          } else if (value instanceof Double number) {
            if (number.isNaN() || number.isInfinite()) {
              json.addNull(key);
            } else {
              json.add(key, number);
            }
          } else {
            json.add(key, String.valueOf(value));
          }
        });
    return json.build().toString();
  }

  private static GatlingStats.RequestStats require(GatlingStats stats, String name) {
    return stats
        .request(name)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Gatling's report has no request named '"
                        + name
                        + "' (no steady phase?): "
                        + stats.requests().keySet()));
  }

  private static double perSecond(long count, Duration duration) {
    return Math.round(count * 10_000.0 / duration.toMillis()) / 10.0;
  }

  private static GatlingStats simulate(String simulation, Path results, String description) {
    String[] args = {
      "-s", simulation, "-rf", results.toAbsolutePath().toString(), "-rd", description
    };
    try {
      Object gatling = Class.forName("io.gatling.app.Gatling$").getField("MODULE$").get(null);
      int status =
          (Integer)
              gatling
                  .getClass()
                  .getMethod("fromArgs", String[].class)
                  .invoke(gatling, (Object) args);
      if (status != 0) {
        throw new IllegalStateException(simulation + " ended with Gatling status " + status);
      }
      String className = simulation.substring(simulation.lastIndexOf('.') + 1);
      return GatlingStats.ofRun(GatlingStats.latestRun(results, className));
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          "Gatling is not on the class path: run with the Maven profile 'bench'", e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(simulation + " failed", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot launch Gatling", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Gatling's configuration for an offline, in-process run, as system properties (they take
   * precedence over gatling.conf): no usage analytics, no warm-up request to an outside host, the
   * percentiles {@link GatlingStats} reads, a quiet console.
   */
  private static void configureGatling() {
    Map<String, String> config =
        Map.of(
            "gatling.data.enableAnalytics", "false",
            "gatling.http.warmUpUrl", "",
            "gatling.charting.indicators.percentile1", "50",
            "gatling.charting.indicators.percentile2", "75",
            "gatling.charting.indicators.percentile3", "95",
            "gatling.charting.indicators.percentile4", "99",
            "gatling.data.console.light", "true",
            "gatling.data.console.writePeriod", "15");
    config.forEach(System::setProperty);
  }

  /**
   * The machine's 1-minute load average (Linux), NaN elsewhere: on a shared 2-core machine it says
   * how much CPU others took during the run.
   */
  static double loadAverage() {
    try {
      String first = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
      return Double.parseDouble(first);
    } catch (IOException | RuntimeException unavailable) {
      return Double.NaN;
    }
  }

  private static String gatlingVersion() {
    try {
      Package gatling = Class.forName("io.gatling.app.Gatling").getPackage();
      String version = gatling == null ? null : gatling.getImplementationVersion();
      return version == null ? "3.x" : version;
    } catch (ClassNotFoundException e) {
      return "missing";
    }
  }

  /**
   * Signs every demo account the load uses in once, one after the other, before the load starts:
   * the server then holds their verified credentials (identity.application.SignInGuard's cache), as
   * it does for clients that have been working for a while. Without it, the first concurrent
   * requests of one account queue for its single PBKDF2 check, and on a starved CPU those that wait
   * longer than the guard's 5 s answer 401 (seen here at a load average of 20 on 2 cores).
   */
  private static void warmCredentials(URI base) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    for (String user : RestCalls.DEMO_USERS) {
      HttpRequest me =
          HttpRequest.newBuilder(base.resolve("/api/me"))
              .header("Authorization", RestCalls.basic(user))
              .timeout(Duration.ofSeconds(60))
              .build();
      try {
        int status = client.send(me, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 200) {
          throw new IllegalStateException(
              "Demo user "
                  + user
                  + " cannot sign in ("
                  + status
                  + "): start the server with "
                  + "-Dparley.demo=true, and check that no sign-in throttle holds the account");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** Fails fast, with a clear message, when no server answers at {@code base}. */
  private static void awaitServer(URI base) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest health =
        HttpRequest.newBuilder(base.resolve("/api/health")).timeout(Duration.ofSeconds(10)).build();
    try {
      int status = client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status != 200) {
        throw new IllegalStateException(base + "/api/health answered " + status);
      }
    } catch (IOException e) {
      throw new IllegalStateException("No Parley server answers at " + base, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
