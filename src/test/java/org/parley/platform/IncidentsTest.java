package org.parley.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

public class IncidentsTest {

  public static final String ID = "[0-9A-HJKMNP-TV-Z]{8}";

  @Test
  void idsAreEightCharactersOfCrockfordBase32AndDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String id = Incidents.newId();
      assertTrue(id.matches(ID), id);
      seen.add(id);
    }
    assertEquals(1000, seen.size());
  }

  @Test
  void recordLogsTheFailureWithItsStackTraceUnderTheIdItReturns() {
    IllegalStateException failure = new IllegalStateException("the internals");

    List<LogRecord> logged =
        LogCapture.of(Incidents.class, () -> Incidents.record("GET /x", failure));

    assertEquals(1, logged.size());
    LogRecord record = logged.get(0);
    assertEquals(Level.SEVERE, record.getLevel());
    // An escaped copy (LogSafe): printed as the original, with its stack trace.
    assertEquals(failure.toString(), record.getThrown().toString());
    assertArrayEquals(failure.getStackTrace(), record.getThrown().getStackTrace());
    assertTrue(record.getMessage().matches("Incident " + ID + ": unexpected failure of GET /x"));
  }

  @Test
  void aBareServerErrorWithoutExceptionIsRecordedToo() {
    List<LogRecord> logged = LogCapture.of(Incidents.class, () -> Incidents.record("GET /y", null));

    assertEquals(1, logged.size());
    assertNull(logged.get(0).getThrown());
  }
}
