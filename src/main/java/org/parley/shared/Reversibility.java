package org.parley.shared;

/** How easily a side's action can be undone. The constant names are used as-is in REST payloads. */
public enum Reversibility {
  EASILY_REVERSIBLE,
  REVERSIBLE_AT_COST,
  IRREVERSIBLE
}
