package org.parley.fault;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.parley.support.Workflow;

/**
 * A virtual user of the load generator: drives workflows one after another through the REST API,
 * records each acknowledged transition, and rides out crashes. When a request gets no answer, it
 * does not know whether the server applied it, so once the server is back it reads the workflow's
 * state and goes on from there (that is also how a workflow left mid-way proves it is not stuck).
 */
final class WorkflowDriver implements Runnable {

  private final FaultClient client;
  private final String name;
  private final List<TrackedWorkflow> ledger;
  private final AtomicLong unanswered;
  private final List<String> problems;
  private volatile boolean finishing;
  private volatile boolean finished;
  private int sequence;

  // The workflow in hand, as this driver last knew it.
  private String status;
  private List<String> required = List.of();
  private final Set<String> answered = new LinkedHashSet<>();

  WorkflowDriver(
      FaultClient client,
      String name,
      List<TrackedWorkflow> ledger,
      AtomicLong unanswered,
      List<String> problems) {
    this.client = client;
    this.name = name;
    this.ledger = ledger;
    this.unanswered = unanswered;
    this.problems = problems;
  }

  /** Completes the workflow in hand, then stops. */
  void finish() {
    finishing = true;
  }

  boolean isFinished() {
    return finished;
  }

  @Override
  public void run() {
    try {
      while (!finishing && !Thread.currentThread().isInterrupted()) {
        TrackedWorkflow workflow =
            new TrackedWorkflow("Crash load " + name + " " + (++sequence) + " " + Workflow.token());
        ledger.add(workflow);
        complete(workflow);
      }
    } finally {
      finished = true;
    }
  }

  private void complete(TrackedWorkflow workflow) {
    status = null;
    required = List.of();
    answered.clear();
    boolean unsure = false;
    int refusals = 0;
    while (!"APPROVED".equals(status) && !Thread.currentThread().isInterrupted()) {
      try {
        if (unsure) {
          resync(workflow);
          unsure = false;
          continue; // the server's state may already be the end (an unanswered decision applied)
        }
        if (!step(workflow)) {
          unsure = true;
          if (++refusals > 20) {
            problems.add(workflow.title + ": refused 20 times, last state " + status);
            return;
          }
        }
      } catch (FaultClient.Unreachable down) {
        unanswered.incrementAndGet();
        unsure = true;
        awaitServer();
      }
    }
  }

  /** The next transition of the workflow; false when the server refused it (state unknown). */
  private boolean step(TrackedWorkflow workflow) {
    if (status == null) {
      HttpResponse<String> created =
          client.post(
              "drafter",
              "/api/proposals",
              Workflow.completeProposal(workflow.title, "UNCLASSIFIED"));
      if (created.statusCode() != 201) {
        return refused(workflow, "create", created);
      }
      workflow.id = FaultClient.object(created).getJsonNumber("id").longValue();
      workflow.acknowledged.add(TrackedWorkflow.CREATED);
      status = "DRAFT";
      return true;
    }
    long id = workflow.id;
    switch (status) {
      case "DRAFT" -> {
        HttpResponse<String> submitted =
            client.post("envoy", "/api/proposals/" + id + "/submit", Workflow.submission());
        if (submitted.statusCode() != 200) {
          return refused(workflow, "submit", submitted);
        }
        JsonObject proposal = FaultClient.object(submitted);
        workflow.acknowledged.add(TrackedWorkflow.SUBMITTED);
        required = Workflow.requiredAgencies(proposal);
        status = proposal.getString("status");
        return true;
      }
      case "IN_CLEARANCE" -> {
        String agency =
            required.stream().filter(a -> !answered.contains(a)).findFirst().orElse(null);
        if (agency == null) {
          return false;
        }
        HttpResponse<String> taken =
            client.post(
                Workflow.reviewerOf(agency),
                "/api/proposals/" + id + "/clearance/" + agency,
                Workflow.position("CONCUR"));
        if (taken.statusCode() != 200) {
          return refused(workflow, "position " + agency, taken);
        }
        workflow.acknowledged.add(TrackedWorkflow.position(agency));
        answered.add(agency);
        if (answered.containsAll(required)) {
          status = "AWAITING_DECISION";
        }
        return true;
      }
      case "AWAITING_DECISION" -> {
        HttpResponse<String> decided =
            client.post(
                "deputy",
                "/api/proposals/" + id + "/decision",
                Json.createObjectBuilder()
                    .add("outcome", "APPROVED")
                    .add("rationale", "Approved under load.")
                    .build());
        if (decided.statusCode() != 200) {
          return refused(workflow, "decision", decided);
        }
        workflow.acknowledged.add(TrackedWorkflow.DECIDED);
        status = "APPROVED";
        return true;
      }
      default -> {
        problems.add(workflow.title + ": unexpected status " + status);
        status = "APPROVED";
        return true;
      }
    }
  }

  /**
   * A refusal is expected only after an unanswered request that the server did apply (409: the
   * workflow moved on); anything else is a problem.
   */
  private boolean refused(TrackedWorkflow workflow, String what, HttpResponse<String> answer) {
    if (answer.statusCode() != 409) {
      problems.add(
          workflow.title + ": " + what + " answered " + answer.statusCode() + " " + answer.body());
    }
    return false;
  }

  /** Reads the workflow's state from the server. */
  private void resync(TrackedWorkflow workflow) {
    if (workflow.id == null) {
      HttpResponse<String> found =
          client.get(
              "envoy",
              "/api/proposals?q="
                  + java.net.URLEncoder.encode(
                      workflow.title.substring(workflow.title.lastIndexOf(' ') + 1),
                      java.nio.charset.StandardCharsets.UTF_8));
      List<JsonObject> items =
          FaultClient.object(found).getJsonArray("items").getValuesAs(JsonObject.class);
      if (items.isEmpty()) {
        status = null;
        return;
      }
      workflow.id = items.get(0).getJsonNumber("id").longValue();
    }
    JsonObject proposal = FaultClient.object(client.get("envoy", "/api/proposals/" + workflow.id));
    status = proposal.getString("status");
    required = Workflow.requiredAgencies(proposal);
    answered.clear();
    if ("IN_CLEARANCE".equals(status)) {
      JsonObject round =
          FaultClient.object(client.get("envoy", "/api/proposals/" + workflow.id + "/clearance"));
      for (JsonObject slot : round.getJsonArray("positions").getValuesAs(JsonObject.class)) {
        if (!slot.isNull("position")) {
          answered.add(slot.getString("agency"));
        }
      }
    }
  }

  private void awaitServer() {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        if (client.get("envoy", "/api/health").statusCode() == 200) {
          return;
        }
      } catch (FaultClient.Unreachable stillDown) {
        // The controller restarts it.
      }
      ServerNode.pause(200);
    }
  }
}
