package org.parley.proposal.domain;

/**
 * Their side of a reciprocal step: what the counterpart gives. The constant names are used as-is in
 * REST payloads.
 */
public enum TheirCategory {
  FREEZE,
  DISMANTLEMENT,
  INSPECTOR_ACCESS,
  DECLARATION,
  TEST_MORATORIUM,
  MISSILE_LIMIT,
  REPATRIATION,
  OTHER
}
