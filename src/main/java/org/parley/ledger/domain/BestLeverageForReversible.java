package org.parley.ledger.domain;

import java.util.List;
import org.parley.shared.Reversibility;

/**
 * Rule 2, blocking: a tier-1 instrument (our best leverage) spent for a counterpart step they can
 * easily reverse. A principal can approve such a version only with a recorded override.
 */
public final class BestLeverageForReversible implements ReciprocityRule {

  @Override
  public RuleName name() {
    return RuleName.BEST_LEVERAGE_FOR_REVERSIBLE;
  }

  @Override
  public List<Finding> check(Ledger ledger) {
    return ledger.allSteps().stream()
        .filter(step -> step.spends().filter(InstrumentTerms::isBestLeverage).isPresent())
        .filter(step -> step.theirs() == Reversibility.EASILY_REVERSIBLE)
        .map(
            step ->
                new Finding(
                    name(),
                    Severity.BLOCKING,
                    step.phaseNumber(),
                    step.stepNumber(),
                    Finding.where(step.phaseNumber(), step.stepNumber())
                        + "we spend "
                        + Words.instrument(step.instrument())
                        + ", for a step they can easily reverse. Approving this needs a"
                        + " principal's recorded override."))
        .toList();
  }
}
