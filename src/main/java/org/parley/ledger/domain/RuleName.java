package org.parley.ledger.domain;

/** The reciprocity rules, by name. Constant names are used as-is in REST. */
public enum RuleName {
  /** Our side is harder to reverse than theirs. */
  IRREVERSIBLE_FOR_REVERSIBLE,
  /** A tier-1 instrument spent for a step they can easily reverse. */
  BEST_LEVERAGE_FOR_REVERSIBLE,
  /** By the end of a phase we have given more than we received, beyond the threshold. */
  FRONT_LOADING,
  /** A counterpart step with no verification method. */
  UNVERIFIABLE,
  /** Their irreversible steps all wait for the last phase while our best leverage goes earlier. */
  HARD_STEPS_DEFERRED
}
