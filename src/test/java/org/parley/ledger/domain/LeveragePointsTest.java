package org.parley.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.ledger.domain.Ledgers.AID;
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

class LeveragePointsTest {

  @Test
  void anInstrumentSpendsByItsTier() {
    assertEquals(3, only(ledger(phase(spending(COAL_SANCTIONS, IRREVERSIBLE)))).spent());
    assertEquals(2, only(ledger(phase(spending(EXERCISES, IRREVERSIBLE)))).spent());
    assertEquals(1, only(ledger(phase(spending(AID, IRREVERSIBLE)))).spent());
  }

  @Test
  void aSideWithoutInstrumentWeighsByReversibility() {
    LedgerStep step = only(ledger(phase(step(IRREVERSIBLE, REVERSIBLE_AT_COST))));
    assertEquals(3, step.spent());
    assertEquals(2, step.received());
    assertEquals(1, LeveragePoints.weight(EASILY_REVERSIBLE));
  }

  @Test
  void aSideNotDraftedWeighsNothing() {
    LedgerStep step = only(ledger(phase(new StepTerms(null, null, null, null))));
    assertEquals(0, step.spent());
    assertEquals(0, step.received());
  }

  @Test
  void theBalanceIsCumulativePhaseByPhase() {
    assertEquals(
        List.of(new PhaseBalance(1, 3, 1), new PhaseBalance(2, 3, 1), new PhaseBalance(3, 6, 7)),
        ledger(
                phase(spending(COAL_SANCTIONS, EASILY_REVERSIBLE)),
                phase(),
                phase(
                    step(EASILY_REVERSIBLE, IRREVERSIBLE), step(REVERSIBLE_AT_COST, IRREVERSIBLE)))
            .balance());
    assertEquals(-1, new PhaseBalance(3, 6, 7).ahead());
  }

  private static LedgerStep only(Ledger ledger) {
    return ledger.allSteps().get(0);
  }
}
