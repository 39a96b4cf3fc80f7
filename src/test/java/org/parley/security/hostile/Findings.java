package org.parley.security.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the battery counted and every deviation it saw, for the one {@code BATTERY hostile-input:}
 * line and the assertion at the end. A deviation is recorded with enough context to act on; the
 * battery goes on, so that one run shows everything.
 */
final class Findings {

  int payloads;
  final Set<String> fields = new TreeSet<>();
  int submissions;
  int renders;
  int scriptExecutions;
  int elEvaluations;
  int http5xx;
  int stackTraces;
  int refused;
  int headerInjections;
  int logInjections;
  int csvCellsNeutralised;
  int jsErrors;
  final List<String> problems = new ArrayList<>();

  /**
   * A field a payload went into, named by channel and place ({@code REST POST /api/proposals
   * title}).
   */
  void field(String name) {
    fields.add(name);
  }

  /** Adds what a part of the battery found, which ran with findings of its own ({@link Lanes}). */
  synchronized void add(Findings part) {
    fields.addAll(part.fields);
    submissions += part.submissions;
    renders += part.renders;
    scriptExecutions += part.scriptExecutions;
    elEvaluations += part.elEvaluations;
    http5xx += part.http5xx;
    stackTraces += part.stackTraces;
    refused += part.refused;
    headerInjections += part.headerInjections;
    logInjections += part.logInjections;
    csvCellsNeutralised += part.csvCellsNeutralised;
    jsErrors += part.jsErrors;
    problems.addAll(part.problems);
  }

  synchronized void problem(String what) {
    problems.add(what.length() > 600 ? what.substring(0, 600) + "…" : what);
  }

  String line() {
    return "BATTERY hostile-input: payloads="
        + payloads
        + " fields="
        + fields.size()
        + " submissions="
        + submissions
        + " renders="
        + renders
        + " script-executions="
        + scriptExecutions
        + " el-evaluations="
        + elEvaluations
        + " http-5xx="
        + http5xx
        + " stack-traces="
        + stackTraces
        + " refused="
        + refused
        + " header-injections="
        + headerInjections
        + " log-injections="
        + logInjections
        + " csv-cells-neutralised="
        + csvCellsNeutralised
        + " js-errors="
        + jsErrors
        + " deviations="
        + problems.size();
  }
}
