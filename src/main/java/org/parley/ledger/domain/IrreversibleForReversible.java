package org.parley.ledger.domain;

import java.util.List;

/**
 * Rule 1: our side of a step is harder to reverse than theirs, so if they undo their step we cannot
 * undo ours as easily. Equal ratings are fine; a step not rated on both sides is not judged.
 */
public final class IrreversibleForReversible implements ReciprocityRule {

  @Override
  public RuleName name() {
    return RuleName.IRREVERSIBLE_FOR_REVERSIBLE;
  }

  @Override
  public List<Finding> check(Ledger ledger) {
    return ledger.allSteps().stream()
        .filter(step -> step.ours() != null && step.theirs() != null)
        .filter(step -> Words.harderToReverse(step.ours(), step.theirs()))
        .map(
            step ->
                new Finding(
                    name(),
                    Severity.WARNING,
                    step.phaseNumber(),
                    step.stepNumber(),
                    Finding.where(step.phaseNumber(), step.stepNumber())
                        + "what we give is "
                        + Words.of(step.ours())
                        + ", what they give is "
                        + Words.of(step.theirs())
                        + ". If they undo their step, we cannot undo ours as easily."))
        .toList();
  }
}
