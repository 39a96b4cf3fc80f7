package org.parley.platform.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.parley.platform.Incidents;
import org.parley.platform.IncidentsTest;
import org.parley.platform.LogCapture;

/** A REST 500 is an incident: its problem and the server log carry the same id. */
class UnexpectedExceptionMapperTest {

  @Test
  void theProblemCarriesTheIncidentIdAndNothingOfTheInternals() {
    NullPointerException failure =
        new NullPointerException("Cannot invoke ProposalRepository.find() with secret id");
    AtomicReference<Problem> answer = new AtomicReference<>();

    List<LogRecord> logged =
        LogCapture.of(
            Incidents.class, () -> answer.set(new UnexpectedExceptionMapper().problemFor(failure)));

    Problem problem = answer.get();
    assertEquals(500, problem.status());
    assertEquals("Internal Server Error", problem.title());
    assertTrue(problem.incident().matches(IncidentsTest.ID), problem.incident());
    assertTrue(problem.detail().contains(problem.incident()), problem.detail());
    assertFalse(problem.detail().contains("secret"), problem.detail());
    assertFalse(problem.detail().contains("NullPointer"), problem.detail());
    assertNull(problem.field());

    assertEquals(1, logged.size());
    assertTrue(logged.get(0).getMessage().startsWith("Incident " + problem.incident() + ":"));
    // An escaped copy (LogSafe): printed as the original, with its stack trace.
    assertEquals(failure.toString(), logged.get(0).getThrown().toString());
    assertArrayEquals(failure.getStackTrace(), logged.get(0).getThrown().getStackTrace());
  }

  @Test
  void everyIncidentGetsItsOwnId() {
    UnexpectedExceptionMapper mapper = new UnexpectedExceptionMapper();
    String first = mapper.problemFor(new IllegalStateException()).incident();
    String second = mapper.problemFor(new IllegalStateException()).incident();

    assertFalse(first.equals(second));
  }

  @Test
  void theIncidentIsAMemberOfTheProblemJsonAndNullOnOtherProblems() {
    assertTrue(Problem.incident("ABCD1234").toJson().contains("\"incident\":\"ABCD1234\""));
    assertTrue(
        new Problem("about:blank", "Not Found", 404, "No such proposal.", null)
            .toJson()
            .contains("\"incident\":null"));
  }
}
