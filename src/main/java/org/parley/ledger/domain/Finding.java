package org.parley.ledger.domain;

import java.util.Comparator;
import java.util.Objects;

/**
 * What a reciprocity rule found, in plain words.
 *
 * @param phaseNumber the phase it is about (1 is the first), or {@code null} for the whole ledger
 * @param stepNumber the step within that phase (1 is the first), or {@code null} for the phase
 */
public record Finding(
    RuleName rule, Severity severity, Integer phaseNumber, Integer stepNumber, String explanation) {

  public static final int MAX_EXPLANATION = 2000;

  /** Ledger order: by phase, then step (a phase's own finding first), then rule. */
  public static final Comparator<Finding> LEDGER_ORDER =
      Comparator.comparing(Finding::phaseNumber, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Finding::stepNumber, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Finding::rule);

  public Finding {
    Objects.requireNonNull(rule);
    Objects.requireNonNull(severity);
    Objects.requireNonNull(explanation);
  }

  public boolean isBlocking() {
    return severity == Severity.BLOCKING;
  }

  /** "Phase 2, step 1: " or "Phase 2: " or nothing: where a finding points, for its explanation. */
  static String where(Integer phaseNumber, Integer stepNumber) {
    if (phaseNumber == null) {
      return "";
    }
    return stepNumber == null
        ? "Phase " + phaseNumber + ": "
        : "Phase " + phaseNumber + ", step " + stepNumber + ": ";
  }
}
