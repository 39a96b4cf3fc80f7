package org.parley.audit.infrastructure;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.parley.audit.domain.ChainLink;
import org.parley.audit.domain.ChainVerdict;

/**
 * The operators' offline verification of the audit chain: straight over JDBC, against the database
 * of a stopped server (the H2 file) or a copy of it, or against PostgreSQL, with no server running.
 * {@code deploy/verify-audit-chain.sh --jdbc} runs it with the WAR's classes and the JDBC driver;
 * deploy/README.md shows how.
 *
 * <pre>
 *   java -cp classes:driver.jar org.parley.audit.infrastructure.VerifyAuditChain \
 *        JDBC_URL [USER] [--anchor POSITION:HASH]      (password in PARLEY_DB_PASSWORD)
 * </pre>
 *
 * Prints one line, {@code Audit chain: intact, N events, head P HASH} or {@code Audit chain: BROKEN
 * at event …}, and exits with 0 (intact), 1 (broken) or 2 (could not verify).
 */
public final class VerifyAuditChain {

  static final int INTACT = 0;
  static final int BROKEN = 1;
  static final int FAILED = 2;

  private VerifyAuditChain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.getenv("PARLEY_DB_PASSWORD"), System.out, System.err));
  }

  /** Verifies and prints the verdict; the exit status. */
  static int run(String[] args, String password, PrintStream out, PrintStream err) {
    Optional<Arguments> arguments = Arguments.parse(args);
    if (arguments.isEmpty()) {
      err.println(
          "Usage: VerifyAuditChain JDBC_URL [USER] [--anchor POSITION:HASH]"
              + " (password in PARLEY_DB_PASSWORD)");
      return FAILED;
    }
    Arguments given = arguments.get();
    try (Connection connection =
        DriverManager.getConnection(
            readOnly(given.url()), given.user(), password == null ? "" : password)) {
      connection.setReadOnly(true);
      ChainVerdict verdict = JdbcAuditChain.verify(connection, given.anchor());
      out.println("Audit chain: " + verdict.summary());
      return verdict.intact() ? INTACT : BROKEN;
    } catch (SQLException e) {
      err.println("Could not verify the audit chain: " + e.getMessage());
      return FAILED;
    }
  }

  /**
   * An H2 file database is opened read-only, and never created: a mistyped path must not leave an
   * empty database behind, and a verification must not write.
   */
  static String readOnly(String url) {
    if (!url.startsWith("jdbc:h2:file:")) {
      return url;
    }
    String upper = url.toUpperCase(Locale.ROOT);
    String readOnly = url;
    if (!upper.contains(";IFEXISTS=")) {
      readOnly += ";IFEXISTS=TRUE";
    }
    if (!upper.contains(";ACCESS_MODE_DATA=")) {
      readOnly += ";ACCESS_MODE_DATA=r";
    }
    return readOnly;
  }

  /** The command line: URL, optional user (default {@code sa}), optional anchor. */
  private record Arguments(String url, String user, Optional<ChainLink> anchor) {

    static Optional<Arguments> parse(String[] args) {
      String url = null;
      String user = "sa";
      Optional<ChainLink> anchor = Optional.empty();
      int positional = 0;
      for (int i = 0; i < args.length; i++) {
        if (args[i].equals("--anchor") && i + 1 < args.length) {
          anchor = ChainLink.parse(args[++i]);
          if (anchor.isEmpty()) {
            return Optional.empty();
          }
        } else if (positional == 0) {
          url = args[i];
          positional++;
        } else if (positional == 1) {
          user = args[i];
          positional++;
        } else {
          return Optional.empty();
        }
      }
      return url == null ? Optional.empty() : Optional.of(new Arguments(url, user, anchor));
    }
  }
}
