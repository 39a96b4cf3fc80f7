package org.parley.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.ledger.domain.Ledgers.COAL_SANCTIONS;
import static org.parley.ledger.domain.Ledgers.EXERCISES;
import static org.parley.ledger.domain.Ledgers.ledger;
import static org.parley.ledger.domain.Ledgers.phase;
import static org.parley.ledger.domain.Ledgers.spending;
import static org.parley.ledger.domain.Ledgers.step;
import static org.parley.shared.Reversibility.EASILY_REVERSIBLE;
import static org.parley.shared.Reversibility.IRREVERSIBLE;
import static org.parley.shared.Reversibility.REVERSIBLE_AT_COST;

import java.util.List;
import org.junit.jupiter.api.Test;

class HardStepsDeferredTest {

  private final HardStepsDeferred rule = new HardStepsDeferred();

  @Test
  void warnsWhenEveryIrreversibleStepOfTheirsWaitsForTheLastPhaseWhileWeSpendTierOneEarlier() {
    assertEquals(
        List.of(
            new Finding(
                RuleName.HARD_STEPS_DEFERRED,
                Severity.WARNING,
                2,
                1,
                "Phase 2, step 1: we spend \u201cUN coal sanctions\u201d, our best leverage"
                    + " (tier 1), while every irreversible step of theirs waits for the last"
                    + " phase (phase 3).")),
        rule.check(
            ledger(
                phase(step(EASILY_REVERSIBLE, EASILY_REVERSIBLE)),
                phase(spending(COAL_SANCTIONS, REVERSIBLE_AT_COST)),
                phase(
                    step(EASILY_REVERSIBLE, IRREVERSIBLE),
                    step(EASILY_REVERSIBLE, IRREVERSIBLE)))));
  }

  @Test
  void anIrreversibleStepOfTheirsBeforeTheLastPhaseIsEnough() {
    assertEquals(
        List.of(),
        rule.check(
            ledger(
                phase(spending(COAL_SANCTIONS, IRREVERSIBLE)),
                phase(step(EASILY_REVERSIBLE, IRREVERSIBLE)))));
  }

  @Test
  void aSinglePhaseHasNothingEarlier() {
    assertEquals(
        List.of(),
        rule.check(
            ledger(
                phase(
                    spending(COAL_SANCTIONS, REVERSIBLE_AT_COST),
                    step(EASILY_REVERSIBLE, IRREVERSIBLE)))));
  }

  @Test
  void noIrreversibleStepOfTheirsMeansNothingIsDeferred() {
    assertEquals(
        List.of(),
        rule.check(
            ledger(
                phase(spending(COAL_SANCTIONS, REVERSIBLE_AT_COST)),
                phase(step(EASILY_REVERSIBLE, REVERSIBLE_AT_COST)))));
  }

  @Test
  void tierOneOnlyInTheLastPhaseOrLowerTiersEarlierIsFine() {
    assertEquals(
        List.of(),
        rule.check(
            ledger(
                phase(spending(EXERCISES, REVERSIBLE_AT_COST)),
                phase(spending(COAL_SANCTIONS, IRREVERSIBLE)))));
  }
}
