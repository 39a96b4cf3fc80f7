package org.parley.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.ledger.domain.Ledgers.COAL_SANCTIONS;
import static org.parley.ledger.domain.Ledgers.ledger;
import static org.parley.ledger.domain.Ledgers.phase;
import static org.parley.ledger.domain.Ledgers.spending;
import static org.parley.ledger.domain.Ledgers.step;
import static org.parley.shared.Reversibility.EASILY_REVERSIBLE;
import static org.parley.shared.Reversibility.IRREVERSIBLE;
import static org.parley.shared.Reversibility.REVERSIBLE_AT_COST;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrontLoadingTest {

  // Phase 1: spent 3 (tier 1), received 1: 2 ahead. Phase 2: 6 spent, 2 received: 4 ahead.
  // Phase 3: 7 spent, 5 received: 2 ahead.
  private static final Ledger LEDGER =
      ledger(
          phase(spending(COAL_SANCTIONS, EASILY_REVERSIBLE)),
          phase(step(IRREVERSIBLE, EASILY_REVERSIBLE)),
          phase(step(EASILY_REVERSIBLE, IRREVERSIBLE)));

  @Test
  void warnsAtTheEndOfEachPhaseWhereWeAreAheadByMoreThanTheThreshold() {
    assertEquals(List.of(1, 2, 3), phases(new FrontLoading(1).check(LEDGER)));
    assertEquals(
        List.of(
            new Finding(
                RuleName.FRONT_LOADING,
                Severity.WARNING,
                2,
                null,
                "Phase 2: by the end of this phase we have spent 6 leverage points and received"
                    + " 2: 4 ahead, more than the 2 allowed.")),
        new FrontLoading(2).check(LEDGER));
  }

  @Test
  void exactlyAtTheThresholdIsFine() {
    Ledger twoAhead = ledger(phase(spending(COAL_SANCTIONS, EASILY_REVERSIBLE)));

    assertEquals(List.of(), new FrontLoading(2).check(twoAhead));
    assertEquals(List.of(1), phases(new FrontLoading(1).check(twoAhead)));
  }

  @Test
  void aSinglePhaseIsJudgedAtItsEnd() {
    assertEquals(
        List.of(1),
        phases(
            new FrontLoading(0).check(ledger(phase(step(REVERSIBLE_AT_COST, EASILY_REVERSIBLE))))));
  }

  @Test
  void beingBehindIsFine() {
    assertEquals(
        List.of(), new FrontLoading(0).check(ledger(phase(step(EASILY_REVERSIBLE, IRREVERSIBLE)))));
  }

  @Test
  void aPhaseWithoutStepsCarriesTheBalanceOver() {
    assertEquals(
        List.of(1, 2),
        phases(
            new FrontLoading(0)
                .check(ledger(phase(step(IRREVERSIBLE, EASILY_REVERSIBLE)), phase()))));
  }

  private static List<Integer> phases(List<Finding> findings) {
    return findings.stream().map(Finding::phaseNumber).toList();
  }
}
