package org.parley.clearance.domain;

/** What in a proposal's ledger a routing rule looks at. */
public enum RoutingCriterion {
  /** The category of one of our actions, e.g. SANCTIONS_RELIEF. */
  OUR_CATEGORY,
  /** The category of one of their actions, e.g. FREEZE. */
  THEIR_CATEGORY,
  /** How one of their actions is verified, e.g. IAEA_INSPECTION. */
  VERIFICATION;

  /**
   * The vocabulary a criterion's values come from, by its type's simple name (e.g. Verification).
   */
  public String valueType() {
    return switch (this) {
      case OUR_CATEGORY -> "OurCategory";
      case THEIR_CATEGORY -> "TheirCategory";
      case VERIFICATION -> "Verification";
    };
  }
}
