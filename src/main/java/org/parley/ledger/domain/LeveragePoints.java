package org.parley.ledger.domain;

import org.parley.shared.Reversibility;

/**
 * How the ledger weighs leverage (docs/adr/0017). Our side spends the instrument it names: tier 1
 * (our best leverage) is 3 points, tier 2 is 2, tier 3 is 1. A side with no instrument, ours or
 * theirs, weighs by how hard it is to take back: easily reversible 1, reversible at cost 2,
 * irreversible 3. A side not drafted yet weighs nothing.
 */
public final class LeveragePoints {

  private LeveragePoints() {}

  /** The points our side of {@code step} spends. */
  public static int spent(LedgerStep step) {
    return spent(step.instrument() == null ? null : step.instrument().tier(), step.ours());
  }

  /**
   * The points our side spends when it names an instrument of {@code tier} ({@code null}: none) and
   * is rated {@code ours}.
   */
  public static int spent(Integer tier, Reversibility ours) {
    if (tier != null) {
      return InstrumentDetails.LOWEST_TIER + 1 - tier;
    }
    return weight(ours);
  }

  /** The points their side of {@code step} gives us. */
  public static int received(LedgerStep step) {
    return weight(step.theirs());
  }

  /** 1 for easily reversible, 2 at cost, 3 irreversible, 0 when not rated. */
  public static int weight(Reversibility reversibility) {
    if (reversibility == null) {
      return 0;
    }
    return switch (reversibility) {
      case EASILY_REVERSIBLE -> 1;
      case REVERSIBLE_AT_COST -> 2;
      case IRREVERSIBLE -> 3;
    };
  }
}
