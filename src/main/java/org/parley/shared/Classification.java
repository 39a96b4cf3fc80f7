package org.parley.shared;

/**
 * The classification scale, lowest first. It marks a proposal, and it is also the clearance level a
 * user holds: a user may see what is classified at or below their clearance.
 */
public enum Classification {
  UNCLASSIFIED,
  CONFIDENTIAL,
  SECRET,
  TOP_SECRET;

  /** Whether a holder of this clearance may see material classified {@code marking}. */
  public boolean dominates(Classification marking) {
    return compareTo(marking) >= 0;
  }

  /**
   * The marking of a page or document that shows material of all these markings: the highest of
   * them (a classification banner, AC-16).
   */
  public static Classification highest(Classification first, Classification... others) {
    Classification highest = first;
    for (Classification other : others) {
      if (other.compareTo(highest) > 0) {
        highest = other;
      }
    }
    return highest;
  }
}
