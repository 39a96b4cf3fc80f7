package org.parley.ledger.domain;

/** What kind of instrument of the leverage register. Constant names are used as-is in REST. */
public enum InstrumentKind {
  UN_SANCTIONS,
  UNILATERAL_SANCTIONS,
  COMBINED_EXERCISE,
  HUMANITARIAN_AID,
  DIPLOMATIC_STEP,
  SECURITY_ASSURANCE,
  ECONOMIC_COOPERATION,
  OTHER
}
