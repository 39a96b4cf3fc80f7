package org.parley.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.ledger.domain.Ledgers.COAL_SANCTIONS;
import static org.parley.ledger.domain.Ledgers.EXERCISES;
import static org.parley.ledger.domain.Ledgers.ledger;
import static org.parley.ledger.domain.Ledgers.phase;
import static org.parley.ledger.domain.Ledgers.spending;
import static org.parley.ledger.domain.Ledgers.step;
import static org.parley.ledger.domain.Ledgers.verified;
import static org.parley.shared.Reversibility.EASILY_REVERSIBLE;
import static org.parley.shared.Reversibility.IRREVERSIBLE;
import static org.parley.shared.Reversibility.REVERSIBLE_AT_COST;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.shared.Verification;

class ReciprocityCheckTest {

  @Test
  void runsEveryRuleAndListsFindingsInLedgerOrder() {
    List<Finding> findings =
        new ReciprocityCheck(2)
            .run(
                ledger(
                    phase(
                        spending(COAL_SANCTIONS, EASILY_REVERSIBLE),
                        verified(IRREVERSIBLE, EASILY_REVERSIBLE, Verification.NONE)),
                    phase(step(EASILY_REVERSIBLE, IRREVERSIBLE))));

    assertEquals(
        List.of(
            "FRONT_LOADING 1/null",
            "BEST_LEVERAGE_FOR_REVERSIBLE 1/1",
            "HARD_STEPS_DEFERRED 1/1",
            "IRREVERSIBLE_FOR_REVERSIBLE 1/2",
            "UNVERIFIABLE 1/2"),
        findings.stream()
            .map(f -> f.rule() + " " + f.phaseNumber() + "/" + f.stepNumber())
            .toList());
  }

  @Test
  void aBalancedLedgerHasNoFindings() {
    assertEquals(
        List.of(),
        new ReciprocityCheck(2)
            .run(
                ledger(
                    phase(step(EASILY_REVERSIBLE, REVERSIBLE_AT_COST)),
                    phase(spending(EXERCISES, IRREVERSIBLE)))));
  }

  @Test
  void aDraftStepWithNothingFilledInHasNoFindings() {
    assertEquals(
        List.of(),
        new ReciprocityCheck(0).run(ledger(phase(new StepTerms(null, null, null, null)))));
  }
}
