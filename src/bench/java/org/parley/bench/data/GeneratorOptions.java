package org.parley.bench.data;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * What to generate, and where.
 *
 * @param jdbcUrl the database: {@code jdbc:h2:...} or {@code jdbc:postgresql://...}
 * @param user who migrates and writes: on PostgreSQL the schema's owner
 * @param proposals how many proposals; positions and audit events scale with it ({@value
 *     #POSITIONS_PER_PROPOSAL} and {@value #EVENTS_PER_PROPOSAL} per proposal)
 * @param seed the same seed (and anchor, and starting database) always gives the same rows
 * @param anchor the instant the data set ends at: its "now"
 * @param ifAbsent do nothing when the data set is already there
 * @param demo apply the demo data (db/dev) too, as a server started with {@code -Dparley.demo=true}
 */
public record GeneratorOptions(
    String jdbcUrl,
    String user,
    String password,
    int proposals,
    long seed,
    Instant anchor,
    boolean ifAbsent,
    boolean demo) {

  public static final int DEFAULT_PROPOSALS = 100_000;
  public static final long DEFAULT_SEED = 20261130L;
  public static final Instant DEFAULT_ANCHOR = Instant.parse("2026-11-30T00:00:00Z");
  public static final int POSITIONS_PER_PROPOSAL = 5;
  public static final int EVENTS_PER_PROPOSAL = 20;

  static final String USAGE =
      """
      Usage: DataGenerator --jdbc-url URL --user USER --password PASSWORD
                           [--proposals 100000] [--seed 20261130] [--anchor 2026-11-30T00:00:00Z]
                           [--if-absent] [--demo]
        Brings the schema up to date (Flyway, as Parley does) and generates a reproducible data set:
        PROPOSALS proposals, 5 positions and 20 audit events per proposal, over three years up to
        the anchor. --demo applies the demo data (db/dev) first, as -Dparley.demo=true does.
        --if-absent does nothing when the data set is already there; without it a second run into
        the same database is refused. An H2 file database must not be open in a running server.""";

  public GeneratorOptions {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(anchor, "anchor");
    if (proposals < 1) {
      throw new GeneratorException("--proposals must be at least 1, not " + proposals);
    }
  }

  /** The defaults for everything but the database. */
  public static GeneratorOptions of(String jdbcUrl, String user, String password) {
    return new GeneratorOptions(
        jdbcUrl, user, password, DEFAULT_PROPOSALS, DEFAULT_SEED, DEFAULT_ANCHOR, false, false);
  }

  public GeneratorOptions withProposals(int count) {
    return new GeneratorOptions(jdbcUrl, user, password, count, seed, anchor, ifAbsent, demo);
  }

  public GeneratorOptions withSeed(long value) {
    return new GeneratorOptions(jdbcUrl, user, password, proposals, value, anchor, ifAbsent, demo);
  }

  public GeneratorOptions withAnchor(Instant value) {
    return new GeneratorOptions(jdbcUrl, user, password, proposals, seed, value, ifAbsent, demo);
  }

  public GeneratorOptions withIfAbsent(boolean value) {
    return new GeneratorOptions(jdbcUrl, user, password, proposals, seed, anchor, value, demo);
  }

  public GeneratorOptions withDemo(boolean value) {
    return new GeneratorOptions(jdbcUrl, user, password, proposals, seed, anchor, ifAbsent, value);
  }

  /** Reads the command line; a {@link GeneratorException} says what is wrong with it. */
  public static GeneratorOptions parse(String... args) {
    String url = null;
    String user = null;
    String password = null;
    GeneratorOptions defaults = of("", "", "");
    int proposals = defaults.proposals();
    long seed = defaults.seed();
    Instant anchor = defaults.anchor();
    boolean ifAbsent = false;
    boolean demo = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--jdbc-url" -> url = value(args, ++i, arg);
        case "--user" -> user = value(args, ++i, arg);
        case "--password" -> password = value(args, ++i, arg);
        case "--proposals" -> proposals = number(value(args, ++i, arg), arg);
        case "--seed" -> seed = longNumber(value(args, ++i, arg), arg);
        case "--anchor" -> anchor = instant(value(args, ++i, arg));
        case "--if-absent" -> ifAbsent = true;
        case "--demo" -> demo = true;
        default -> throw new GeneratorException("Unknown argument " + arg + "\n" + USAGE);
      }
    }
    if (url == null || user == null || password == null) {
      throw new GeneratorException("--jdbc-url, --user and --password are required.\n" + USAGE);
    }
    return new GeneratorOptions(url, user, password, proposals, seed, anchor, ifAbsent, demo);
  }

  private static String value(String[] args, int index, String name) {
    if (index >= args.length) {
      throw new GeneratorException(name + " needs a value.\n" + USAGE);
    }
    return args[index];
  }

  private static int number(String text, String name) {
    try {
      return Math.toIntExact(longNumber(text, name));
    } catch (ArithmeticException e) {
      throw new GeneratorException(name + " is too large: " + text);
    }
  }

  private static long longNumber(String text, String name) {
    try {
      return Long.parseLong(text.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new GeneratorException(name + " takes a whole number, not " + text);
    }
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new GeneratorException(
          "--anchor takes an ISO-8601 instant such as 2026-11-30T00:00:00Z, not " + text);
    }
  }

  @Override
  public String toString() {
    return "GeneratorOptions[jdbcUrl="
        + jdbcUrl
        + ", user="
        + user
        + ", proposals="
        + proposals
        + ", seed="
        + seed
        + ", anchor="
        + anchor
        + ", ifAbsent="
        + ifAbsent
        + ", demo="
        + demo
        + "]";
  }
}
