package org.parley.platform;

import java.security.SecureRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An unexpected failure becomes an incident: it gets a short random id, which the user sees (on the
 * server-error page, in a REST 500 problem) and which the server log carries together with the
 * stack trace. Support finds the trace from the id; the user never sees the trace.
 */
public final class Incidents {

  /** Letters and digits of Crockford's base 32: no I, L, O or U to misread. */
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

  /** 8 characters of 32: 40 random bits. */
  public static final int LENGTH = 8;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Logger LOG = Logger.getLogger(Incidents.class.getName());

  private Incidents() {}

  /** A new random incident id of {@link #LENGTH} characters. */
  public static String newId() {
    char[] id = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return new String(id);
  }

  /**
   * Logs {@code failure} with its stack trace under a new incident id, at SEVERE.
   *
   * @param where what failed, e.g. {@code "GET /api/proposals/7"} or the page's address
   * @param failure the exception, or null when there is none (a bare HTTP 500)
   * @return the incident id
   */
  public static String record(String where, Throwable failure) {
    String id = newId();
    // The message of a database error quotes the value it refused: escaped, so it cannot forge
    // lines; the place is escaped too, as it carries the request's path.
    LOG.log(
        Level.SEVERE,
        "Incident " + id + ": unexpected failure of " + LogSafe.text(where),
        LogSafe.throwable(failure));
    return id;
  }
}
