package org.parley.clearance.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.support.Workflow.clearance;
import static org.parley.support.Workflow.draft;
import static org.parley.support.Workflow.history;
import static org.parley.support.Workflow.id;
import static org.parley.support.Workflow.submit;
import static org.parley.support.Workflow.token;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parley.support.Inbox;
import org.parley.support.database.DatabaseSensitive;

/**
 * The scheduled job of docs/adr/0013 on the running server: slots that stay silent past their
 * round's due date are marked overdue ({@code overdueSince} in the clearance JSON and the inbox)
 * and audited as {@code SLOT_OVERDUE}, each exactly once however many periods have run since.
 *
 * <p>A round's due date is at least one business day after submission (tracks give 1 to 60 days),
 * and Parley has no way to move time or a due date, on purpose. So the overdue round is demo
 * proposal 4 (DPRK-2026-0004), whose round was due on 2026-11-23 with Energy and Treasury still
 * silent; the test does not assume they still are (the IT data directory outlives runs), only that
 * every slot still pending is marked, and that a slot answered on time is not.
 */
@DatabaseSensitive("the scheduled job's date arithmetic in SQL and its claim on each period")
class OverdueSlotsIT {

  /** Demo proposal DPRK-2026-0004: in clearance since 2026-11-16, due 2026-11-23 09:30 UTC. */
  private static final long DEMO_OVERDUE = 4;

  /** The job's default period is a minute; the first run comes within a tick of deployment. */
  private static final Duration WAIT = Duration.ofSeconds(90);

  @Test
  void theSilentSlotsOfARoundPastItsDueDateAreMarkedOverdueAndAuditedOnce() {
    JsonObject round = clearance(DEMO_OVERDUE);
    Instant due = Instant.parse(round.getString("dueAt"));
    Assumptions.assumeTrue(
        Instant.now().isAfter(due), "the demo round is overdue only after " + due);
    round = waitUntilEveryPendingSlotIsMarked(due);

    JsonArray trail = history(DEMO_OVERDUE);
    for (JsonObject slot : slots(round)) {
      String agency = slot.getString("agency");
      List<JsonObject> marks = overdueEvents(trail, agency);
      if (slot.isNull("overdueSince")) {
        assertFalse(slot.isNull("at"), agency + " is pending but not marked: " + slot);
        assertFalse(Instant.parse(slot.getString("at")).isAfter(due), slot.toString());
        assertEquals(List.of(), marks, agency + " answered on time");
      } else {
        Instant since = Instant.parse(slot.getString("overdueSince"));
        assertTrue(since.isAfter(due), slot.toString());
        assertEquals(1, marks.size(), agency + " audited once: " + marks);
        JsonObject mark = marks.get(0);
        assertEquals("system", mark.getString("actor"));
        assertEquals(round.getInt("versionNumber"), mark.getInt("versionNumber"));
        assertTrue(mark.getString("detail").contains(due.toString()), mark.toString());
      }
    }
  }

  @Test
  void theReviewersInboxShowsTheOverdueTask() {
    JsonObject round = clearance(DEMO_OVERDUE);
    Instant due = Instant.parse(round.getString("dueAt"));
    Assumptions.assumeTrue(Instant.now().isAfter(due), "overdue only after " + due);
    round = waitUntilEveryPendingSlotIsMarked(due);
    JsonObject energy =
        slots(round).stream()
            .filter(s -> s.getString("agency").equals("ENERGY"))
            .findFirst()
            .orElseThrow();
    Assumptions.assumeTrue(energy.isNull("position"), "Energy has answered since the demo");

    JsonObject task =
        Inbox.itemFor("energy", DEMO_OVERDUE)
            .orElseThrow(
                () -> new AssertionError("no task for the demo proposal in energy's inbox"));
    assertEquals(energy.getString("overdueSince"), task.getString("overdueSince"));
  }

  @Test
  void aRoundBeforeItsDueDateHasNoOverdueSlots() {
    long id = id(draft("Not yet due " + token(), "UNCLASSIFIED"));
    submit(id, "NSC");

    JsonObject round = clearance(id);

    assertTrue(Instant.parse(round.getString("dueAt")).isAfter(Instant.now()));
    for (JsonObject slot : slots(round)) {
      assertTrue(slot.containsKey("overdueSince") && slot.isNull("overdueSince"), slot.toString());
    }
    assertEquals(List.of(), overdueEvents(history(id), null));
  }

  private static JsonObject waitUntilEveryPendingSlotIsMarked(Instant due) {
    Instant deadline = Instant.now().plus(WAIT);
    while (true) {
      JsonObject round = clearance(DEMO_OVERDUE);
      boolean marked =
          slots(round).stream()
              .filter(slot -> slot.isNull("position"))
              .noneMatch(slot -> slot.isNull("overdueSince"));
      if (marked) {
        return round;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "pending slots of a round due " + due + " unmarked after " + WAIT + ": " + round);
      }
      pause();
    }
  }

  private static List<JsonObject> slots(JsonObject round) {
    return round.getJsonArray("positions").getValuesAs(JsonObject.class);
  }

  /** The trail's SLOT_OVERDUE events, of {@code agency}'s slot (any slot when null). */
  private static List<JsonObject> overdueEvents(JsonArray trail, String agency) {
    return trail.getValuesAs(JsonObject.class).stream()
        .filter(event -> event.getString("action").equals("SLOT_OVERDUE"))
        .filter(event -> agency == null || event.getString("detail").startsWith(agency + ":"))
        .toList();
  }

  private static void pause() {
    try {
      Thread.sleep(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
