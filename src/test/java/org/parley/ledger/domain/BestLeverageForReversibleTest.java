package org.parley.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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

class BestLeverageForReversibleTest {

  private final BestLeverageForReversible rule = new BestLeverageForReversible();

  @Test
  void blocksTierOneLeverageSpentForAnEasilyReversibleStep() {
    List<Finding> findings =
        rule.check(
            ledger(
                phase(step(EASILY_REVERSIBLE, IRREVERSIBLE)),
                phase(spending(COAL_SANCTIONS, EASILY_REVERSIBLE))));

    assertEquals(
        List.of(
            new Finding(
                RuleName.BEST_LEVERAGE_FOR_REVERSIBLE,
                Severity.BLOCKING,
                2,
                1,
                "Phase 2, step 1: we spend \u201cUN coal sanctions\u201d, our best leverage"
                    + " (tier 1), for a step they can easily reverse. Approving this needs a"
                    + " principal's recorded override.")),
        findings);
    assertTrue(findings.get(0).isBlocking());
  }

  @Test
  void tierOneForAStepReversibleOnlyAtCostOrIrreversibleIsNotBlocked() {
    assertEquals(
        List.of(), rule.check(ledger(phase(spending(COAL_SANCTIONS, REVERSIBLE_AT_COST)))));
    assertEquals(List.of(), rule.check(ledger(phase(spending(COAL_SANCTIONS, IRREVERSIBLE)))));
  }

  @Test
  void lowerTiersForAnEasilyReversibleStepAreNotBlocked() {
    assertEquals(
        List.of(),
        rule.check(
            ledger(
                phase(spending(EXERCISES, EASILY_REVERSIBLE), spending(AID, EASILY_REVERSIBLE)))));
  }

  @Test
  void noInstrumentNamedIsNotJudged() {
    assertEquals(List.of(), rule.check(ledger(phase(step(IRREVERSIBLE, EASILY_REVERSIBLE)))));
  }

  @Test
  void anInstrumentTheRegisterDoesNotKnowCountsAsNone() {
    assertEquals(
        List.of(),
        rule.check(ledger(phase(new StepTerms(EASILY_REVERSIBLE, 999L, EASILY_REVERSIBLE, null)))));
  }

  @Test
  void theirSideNotRatedYetIsNotJudged() {
    assertEquals(
        List.of(),
        rule.check(
            ledger(phase(new StepTerms(EASILY_REVERSIBLE, COAL_SANCTIONS.id(), null, null)))));
  }
}
