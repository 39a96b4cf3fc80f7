package org.parley.fault;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.support.Api;
import org.parley.support.Workflow;

/**
 * After the crashes: every acknowledged transition must be found, and every workflow whole and
 * finished. "Half-applied" means the stored workflow contradicts itself: the round's slots are not
 * the required agencies, the history's positions are not the slots' answers, the status is not what
 * the slots say, or a transition appears twice.
 */
final class Reconciliation {

  int workflows;
  int acknowledged;
  int found;
  int lost;
  int halfApplied;
  int stuck;
  final List<String> problems = new ArrayList<>();

  static Reconciliation of(FaultClient client, List<TrackedWorkflow> ledger) {
    Reconciliation result = new Reconciliation();
    for (TrackedWorkflow workflow : ledger) {
      result.check(client, workflow);
    }
    return result;
  }

  private void check(FaultClient client, TrackedWorkflow workflow) {
    acknowledged += workflow.acknowledged.size();
    if (workflow.id == null) {
      lose(workflow, workflow.acknowledged.size(), "never created, yet acknowledged");
      return;
    }
    workflows++;
    HttpResponse<String> read = client.get("envoy", "/api/proposals/" + workflow.id);
    if (read.statusCode() != 200) {
      lose(workflow, workflow.acknowledged.size(), "answers " + read.statusCode());
      stuck++;
      return;
    }
    JsonObject proposal = Api.object(read);
    String status = proposal.getString("status");
    List<String> required = Workflow.requiredAgencies(proposal);
    List<String> history =
        Api.json(client.get("envoy", "/api/proposals/" + workflow.id + "/history").body())
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(entry -> entry.getString("action"))
            .toList();
    Set<String> answered = new HashSet<>();
    Set<String> slots = new HashSet<>();
    HttpResponse<String> round =
        client.get("envoy", "/api/proposals/" + workflow.id + "/clearance");
    if (round.statusCode() == 200) {
      for (JsonObject slot :
          Api.object(round).getJsonArray("positions").getValuesAs(JsonObject.class)) {
        slots.add(slot.getString("agency"));
        if (!slot.isNull("position")) {
          answered.add(slot.getString("agency"));
        }
      }
    }

    for (String transition : workflow.acknowledged) {
      boolean there =
          switch (transition) {
            case TrackedWorkflow.CREATED -> true;
            case TrackedWorkflow.SUBMITTED -> history.contains("SUBMITTED");
            case TrackedWorkflow.DECIDED ->
                "APPROVED".equals(status) && history.contains("DECIDED");
            default -> answered.contains(transition.substring("POSITION ".length()));
          };
      if (there) {
        found++;
      } else {
        lose(workflow, 1, transition + " missing");
      }
    }

    List<String> contradictions = new ArrayList<>();
    if (count(history, "CREATED") != 1) {
      contradictions.add("CREATED " + count(history, "CREATED") + " times");
    }
    if (count(history, "SUBMITTED") > 1 || count(history, "DECIDED") > 1) {
      contradictions.add("a transition twice: " + history);
    }
    if (history.contains("SUBMITTED") && !slots.equals(new HashSet<>(required))) {
      contradictions.add("slots " + slots + " but required " + required);
    }
    if (count(history, "POSITION_TAKEN") != answered.size()) {
      contradictions.add(
          count(history, "POSITION_TAKEN")
              + " positions in history, "
              + answered.size()
              + " slots");
    }
    boolean closed = history.contains("ROUND_CLOSED");
    if (closed != (!slots.isEmpty() && answered.equals(slots))) {
      contradictions.add("round closed " + closed + " with " + answered + " of " + slots);
    }
    String expected =
        history.contains("DECIDED")
            ? "APPROVED"
            : closed
                ? "AWAITING_DECISION"
                : history.contains("SUBMITTED") ? "IN_CLEARANCE" : "DRAFT";
    if (!expected.equals(status)) {
      contradictions.add("status " + status + " but history says " + expected);
    }
    if (!contradictions.isEmpty()) {
      halfApplied++;
      problems.add(workflow.title + " (" + workflow.id + "): " + contradictions);
    }
    if (!"APPROVED".equals(status)) {
      stuck++;
      problems.add(workflow.title + " (" + workflow.id + ") stuck in " + status);
    }
  }

  private void lose(TrackedWorkflow workflow, int transitions, String why) {
    lost += transitions;
    problems.add(workflow.title + " (" + workflow.id + "): " + why);
  }

  private static long count(List<String> history, String action) {
    return history.stream().filter(action::equals).count();
  }
}
