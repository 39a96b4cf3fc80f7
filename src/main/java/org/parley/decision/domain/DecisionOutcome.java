package org.parley.decision.domain;

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
}
