package org.parley.ledger.domain;

import java.util.List;
import java.util.Optional;
import org.parley.shared.Reversibility;

/**
 * Rule 5: every irreversible counterpart step sits in the last phase while we spend tier-1 leverage
 * in an earlier one. Needs at least two phases and at least one irreversible step of theirs; the
 * finding points at our first tier-1 step before the last phase.
 */
public final class HardStepsDeferred implements ReciprocityRule {

  @Override
  public RuleName name() {
    return RuleName.HARD_STEPS_DEFERRED;
  }

  @Override
  public List<Finding> check(Ledger ledger) {
    int last = ledger.phases().size();
    List<LedgerStep> hardSteps =
        ledger.allSteps().stream()
            .filter(step -> step.theirs() == Reversibility.IRREVERSIBLE)
            .toList();
    if (last < 2
        || hardSteps.isEmpty()
        || hardSteps.stream().anyMatch(step -> step.phaseNumber() != last)) {
      return List.of();
    }
    Optional<LedgerStep> earlyBestLeverage =
        ledger.allSteps().stream()
            .filter(step -> step.phaseNumber() < last)
            .filter(step -> step.spends().filter(InstrumentTerms::isBestLeverage).isPresent())
            .findFirst();
    return earlyBestLeverage
        .map(
            step ->
                List.of(
                    new Finding(
                        name(),
                        Severity.WARNING,
                        step.phaseNumber(),
                        step.stepNumber(),
                        Finding.where(step.phaseNumber(), step.stepNumber())
                            + "we spend "
                            + Words.instrument(step.instrument())
                            + ", while every irreversible step of theirs waits for the last phase"
                            + " (phase "
                            + last
                            + ").")))
        .orElse(List.of());
  }
}
