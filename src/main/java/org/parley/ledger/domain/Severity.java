package org.parley.ledger.domain;

/** How much a finding weighs. Constant names are used as-is in REST. */
public enum Severity {
  /** Shown to everyone who reads the ledger; nothing is stopped. */
  WARNING,
  /** Approval needs a principal's recorded override with its justification. */
  BLOCKING
}
