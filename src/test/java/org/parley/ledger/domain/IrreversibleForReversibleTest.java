package org.parley.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.ledger.domain.Ledgers.ledger;
import static org.parley.ledger.domain.Ledgers.phase;
import static org.parley.ledger.domain.Ledgers.step;
import static org.parley.shared.Reversibility.EASILY_REVERSIBLE;
import static org.parley.shared.Reversibility.IRREVERSIBLE;
import static org.parley.shared.Reversibility.REVERSIBLE_AT_COST;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parley.shared.Reversibility;

class IrreversibleForReversibleTest {

  private final IrreversibleForReversible rule = new IrreversibleForReversible();

  @Test
  void warnsWhenOurSideIsHarderToReverseThanTheirs() {
    List<Finding> findings =
        rule.check(
            ledger(
                phase(step(EASILY_REVERSIBLE, EASILY_REVERSIBLE)),
                phase(
                    step(REVERSIBLE_AT_COST, REVERSIBLE_AT_COST),
                    step(IRREVERSIBLE, EASILY_REVERSIBLE))));

    assertEquals(
        List.of(
            new Finding(
                RuleName.IRREVERSIBLE_FOR_REVERSIBLE,
                Severity.WARNING,
                2,
                2,
                "Phase 2, step 2: what we give is irreversible, what they give is easily"
                    + " reversible. If they undo their step, we cannot undo ours as easily.")),
        findings);
  }

  @Test
  void atCostForEasilyReversibleAndIrreversibleForAtCostAreHarderToReverseToo() {
    assertEquals(1, rule.check(ledger(phase(step(REVERSIBLE_AT_COST, EASILY_REVERSIBLE)))).size());
    assertEquals(1, rule.check(ledger(phase(step(IRREVERSIBLE, REVERSIBLE_AT_COST)))).size());
  }

  @ParameterizedTest
  @EnumSource(Reversibility.class)
  void equalReversibilityIsFine(Reversibility both) {
    assertEquals(List.of(), rule.check(ledger(phase(step(both, both)))));
  }

  @Test
  void theirSideHarderToReverseIsFine() {
    assertEquals(List.of(), rule.check(ledger(phase(step(EASILY_REVERSIBLE, IRREVERSIBLE)))));
  }

  @Test
  void aStepNotRatedOnBothSidesIsNotJudged() {
    assertEquals(
        List.of(),
        rule.check(
            ledger(
                phase(
                    new StepTerms(IRREVERSIBLE, null, null, null),
                    new StepTerms(null, null, EASILY_REVERSIBLE, null)))));
  }

  @Test
  void anEmptyLedgerHasNoFindings() {
    assertEquals(List.of(), rule.check(ledger()));
  }
}
