package org.parley.ledger.application;

import org.parley.ledger.domain.LeveragePoints;
import org.parley.shared.Reversibility;

/**
 * The ledger's leverage points (docs/adr/0017) for other features that count them in bulk, such as
 * the dashboard: the same weighing the reciprocity check uses, from a step's bare ratings.
 */
public final class LeverageWeights {

  private LeverageWeights() {}

  /** The points our side spends: by the tier of its instrument, else by its reversibility. */
  public static int spent(Integer instrumentTier, Reversibility ours) {
    return LeveragePoints.spent(instrumentTier, ours);
  }

  /** The points their side gives us, by its reversibility. */
  public static int received(Reversibility theirs) {
    return LeveragePoints.weight(theirs);
  }
}
