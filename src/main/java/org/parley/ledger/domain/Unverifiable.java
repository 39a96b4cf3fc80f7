package org.parley.ledger.domain;

import java.util.List;
import org.parley.shared.Verification;

/** Rule 4: a counterpart step with no verification method: we could not tell it was taken. */
public final class Unverifiable implements ReciprocityRule {

  @Override
  public RuleName name() {
    return RuleName.UNVERIFIABLE;
  }

  @Override
  public List<Finding> check(Ledger ledger) {
    return ledger.allSteps().stream()
        .filter(step -> step.verification() == Verification.NONE)
        .map(
            step ->
                new Finding(
                    name(),
                    Severity.WARNING,
                    step.phaseNumber(),
                    step.stepNumber(),
                    Finding.where(step.phaseNumber(), step.stepNumber())
                        + "their step has no verification method: we could not tell whether"
                        + " they took it."))
        .toList();
  }
}
