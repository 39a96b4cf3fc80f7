package org.parley.ledger.domain;

import java.util.List;

/** The reciprocity check: every named rule run over a ledger, findings in ledger order. */
public final class ReciprocityCheck {

  private final List<ReciprocityRule> rules;

  /**
   * @param frontLoadingThreshold the administrator's threshold for {@link FrontLoading}
   */
  public ReciprocityCheck(int frontLoadingThreshold) {
    this.rules =
        List.of(
            new IrreversibleForReversible(),
            new BestLeverageForReversible(),
            new FrontLoading(frontLoadingThreshold),
            new Unverifiable(),
            new HardStepsDeferred());
  }

  /** What all rules find in {@code ledger}. */
  public List<Finding> run(Ledger ledger) {
    return rules.stream()
        .flatMap(rule -> rule.check(ledger).stream())
        .sorted(Finding.LEDGER_ORDER)
        .toList();
  }
}
