package org.parley.ledger.domain;

import java.util.List;

/**
 * Rule 3: by the end of a phase, the leverage we have spent so far exceeds what we have received by
 * more than the administrator's threshold ({@link LeveragePoints}). Exactly at the threshold is
 * fine.
 */
public final class FrontLoading implements ReciprocityRule {

  private final int threshold;

  /**
   * @param threshold the points we may be ahead at the end of a phase without a warning
   */
  public FrontLoading(int threshold) {
    this.threshold = threshold;
  }

  @Override
  public RuleName name() {
    return RuleName.FRONT_LOADING;
  }

  @Override
  public List<Finding> check(Ledger ledger) {
    return ledger.balance().stream()
        .filter(phase -> phase.ahead() > threshold)
        .map(
            phase ->
                new Finding(
                    name(),
                    Severity.WARNING,
                    phase.phaseNumber(),
                    null,
                    Finding.where(phase.phaseNumber(), null)
                        + "by the end of this phase we have spent "
                        + phase.cumulativeSpent()
                        + " leverage points and received "
                        + phase.cumulativeReceived()
                        + ": "
                        + phase.ahead()
                        + " ahead, more than the "
                        + threshold
                        + " allowed."))
        .toList();
  }
}
