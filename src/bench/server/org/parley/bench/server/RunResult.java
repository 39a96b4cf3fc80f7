package org.parley.bench.server;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * What one run of the workflow driver measured: how many workflows completed or failed in how much
 * time on how many threads, and every successful transition's time in microseconds, by transition.
 * Percentiles are computed by the benchmark's orchestrator, which has the unit-tested statistics.
 */
public record RunResult(
    int threads,
    long elapsedNanos,
    int completed,
    int failed,
    List<List<Long>> transitionMicros,
    long[][] work,
    List<String> errors) {

  static RunResult of(
      int threads,
      long elapsedNanos,
      List<WorkflowDriver.Recorder> recorders,
      List<String> errors) {
    List<List<Long>> micros = new java.util.ArrayList<>();
    for (int i = 0; i < WorkflowDriver.TRANSITIONS.size(); i++) {
      List<Long> all = new java.util.ArrayList<>();
      for (WorkflowDriver.Recorder recorder : recorders) {
        recorder.nanos.get(i).forEach(n -> all.add(n / 1000));
      }
      micros.add(all);
    }
    long[][] work =
        new long[WorkflowDriver.TRANSITIONS.size()][WorkflowDriver.Recorder.WORK.size()];
    for (WorkflowDriver.Recorder recorder : recorders) {
      for (int t = 0; t < work.length; t++) {
        for (int w = 0; w < work[t].length; w++) {
          work[t][w] += recorder.work[t][w];
        }
      }
    }
    return new RunResult(
        threads,
        elapsedNanos,
        recorders.stream().mapToInt(r -> r.completed).sum(),
        recorders.stream().mapToInt(r -> r.failed).sum(),
        micros,
        work,
        List.copyOf(errors));
  }

  JsonObject toJson() {
    JsonObjectBuilder transitions = Json.createObjectBuilder();
    for (int i = 0; i < WorkflowDriver.TRANSITIONS.size(); i++) {
      JsonArrayBuilder values = Json.createArrayBuilder();
      transitionMicros.get(i).forEach(values::add);
      transitions.add(WorkflowDriver.TRANSITIONS.get(i), values);
    }
    // Hibernate's work per transition of each kind, when it was counted.
    JsonObjectBuilder workByKind = Json.createObjectBuilder();
    for (int t = 0; t < WorkflowDriver.TRANSITIONS.size(); t++) {
      JsonObjectBuilder kind = Json.createObjectBuilder();
      int count = transitionMicros.get(t).size();
      for (int w = 0; w < WorkflowDriver.Recorder.WORK.size(); w++) {
        kind.add(WorkflowDriver.Recorder.WORK.get(w), count == 0 ? 0 : work[t][w] / (double) count);
      }
      workByKind.add(WorkflowDriver.TRANSITIONS.get(t), kind);
    }
    JsonArrayBuilder errorList = Json.createArrayBuilder();
    errors.forEach(errorList::add);
    return Json.createObjectBuilder()
        .add("threads", threads)
        .add("elapsed_ms", elapsedNanos / 1_000_000.0)
        .add("completed", completed)
        .add("failed", failed)
        .add("workflows_per_s", completed / (elapsedNanos / 1e9))
        .add("transition_micros", transitions)
        .add("hibernate_work_per_transition", workByKind)
        .add("errors", errorList)
        .build();
  }
}
