package org.parley.clearance.domain;

/** How a closed clearance round ended. */
public enum RoundOutcome {
  /** No agency requested changes: on to the deciders, dissents included. */
  CLEARED,
  /** At least one agency requested changes: back to the drafters. */
  CHANGES_REQUESTED
}
