package org.parley.bench.load;

import java.net.URI;
import java.time.Duration;

/**
 * The parameters of one load run, read from system properties so that {@link HttpLoad} can hand
 * them to the Gatling simulations it launches in the same JVM.
 *
 * <p>Each simulation has three timed phases: ramp-up (users start, sign in), warm-up (all users
 * active, not measured) and the steady phase, whose requests alone make the figures. Requests are
 * named by the phase they start in ({@link #phaseOf}), so Gatling's own statistics of the steady
 * request names are the figures, ramp-up and warm-up excluded.
 *
 * @param baseUrl the server, e.g. {@code http://localhost:8080}
 * @param steady length of the measured phase ({@code bench.load.seconds}, default 75 s)
 * @param warmUp all users active before measuring ({@code bench.load.warmup.seconds}, default 15 s)
 * @param restUsers concurrent REST clients ({@code bench.load.rest.users}, default 32)
 * @param restRampUp ramp-up of the REST clients ({@code bench.load.rest.ramp.seconds}, default 5 s)
 * @param jsfUsers active page users ({@code bench.load.jsf.users}, default 100)
 * @param jsfRampUp ramp-up of the page users, who sign in through the form ({@code
 *     bench.load.jsf.ramp.seconds}, default 25 s)
 * @param thinkTime mean think time of a page user ({@code bench.load.think.seconds}, default 3 s)
 */
public record LoadSettings(
    URI baseUrl,
    Duration steady,
    Duration warmUp,
    int restUsers,
    Duration restRampUp,
    int jsfUsers,
    Duration jsfRampUp,
    Duration thinkTime) {

  static final String BASE_URL = "bench.load.baseUrl";

  /** The phase a request belongs to, which prefixes its name. */
  public enum Phase {
    WARM_UP("warm-up "),
    STEADY(""),
    COOL_DOWN("cool-down ");

    private final String prefix;

    Phase(String prefix) {
      this.prefix = prefix;
    }

    /** The request's name in Gatling's statistics. */
    public String name(String request) {
      return prefix + request;
    }
  }

  /** The settings given as system properties; {@code bench.load.baseUrl} is required. */
  public static LoadSettings fromSystemProperties() {
    String base = System.getProperty(BASE_URL);
    if (base == null || base.isBlank()) {
      throw new IllegalStateException("System property " + BASE_URL + " is not set");
    }
    return new LoadSettings(
        URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base),
        seconds("bench.load.seconds", 75),
        seconds("bench.load.warmup.seconds", 15),
        Integer.getInteger("bench.load.rest.users", 32),
        seconds("bench.load.rest.ramp.seconds", 5),
        Integer.getInteger("bench.load.jsf.users", 100),
        seconds("bench.load.jsf.ramp.seconds", 25),
        seconds("bench.load.think.seconds", 3));
  }

  /**
   * The phase of a request starting {@code elapsed} after the simulation started, when users ramp
   * up during {@code rampUp}.
   */
  public Phase phaseOf(Duration elapsed, Duration rampUp) {
    Duration measureFrom = rampUp.plus(warmUp);
    if (elapsed.compareTo(measureFrom) < 0) {
      return Phase.WARM_UP;
    }
    return elapsed.compareTo(measureFrom.plus(steady)) < 0 ? Phase.STEADY : Phase.COOL_DOWN;
  }

  /** How long users of a simulation with this ramp-up keep starting new iterations. */
  public Duration total(Duration rampUp) {
    return rampUp.plus(warmUp).plus(steady);
  }

  private static Duration seconds(String property, long defaultSeconds) {
    return Duration.ofMillis(
        Math.round(
            Double.parseDouble(System.getProperty(property, Long.toString(defaultSeconds)))
                * 1000));
  }
}
