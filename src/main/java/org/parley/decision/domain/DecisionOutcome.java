package org.parley.decision.domain;

import java.util.Arrays;
import java.util.List;

/** What a deputy or principal decides on a cleared proposal. */
public enum DecisionOutcome {
  APPROVED,
  /** Approved, subject to the conditions recorded with the decision. */
  APPROVED_WITH_CONDITIONS,
  /** Back to the working level (the proposal becomes a draft again), with the reason. */
  RETURNED,
  REJECTED;

  /** Whether the outcome approves the proposal (with or without conditions). */
  public boolean approves() {
    return this == APPROVED || this == APPROVED_WITH_CONDITIONS;
  }

  /**
   * The outcomes a decider may choose for a version: approving one with a blocking reciprocity
   * finding needs an override, which only a decider who {@code mayOverride} can record.
   */
  public static List<DecisionOutcome> open(boolean blocked, boolean mayOverride) {
    return Arrays.stream(values())
        .filter(outcome -> mayOverride || !blocked || !outcome.approves())
        .toList();
  }

  /** Whether choosing this outcome for such a version records an override of its findings. */
  public boolean overrides(boolean blocked, boolean mayOverride) {
    return approves() && blocked && mayOverride;
  }
}
