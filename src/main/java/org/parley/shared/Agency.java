package org.parley.shared;

/**
 * An agency with a stake in a negotiation. The constant names are the agency codes used in the
 * database, in REST payloads and in the resource bundle ({@code agency.STATE}).
 */
public enum Agency {
  STATE,
  DEFENSE,
  ENERGY,
  TREASURY,
  IC,
  NSC
}
