package org.parley.ledger.domain;

/**
 * What the reciprocity rules know of an instrument a step spends.
 *
 * @param tier 1 (our best leverage) to 3
 */
public record InstrumentTerms(long id, String name, int tier, boolean retired) {

  public boolean isBestLeverage() {
    return tier == InstrumentDetails.BEST_TIER;
  }
}
