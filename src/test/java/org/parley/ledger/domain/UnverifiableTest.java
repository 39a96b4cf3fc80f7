package org.parley.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.ledger.domain.Ledgers.ledger;
import static org.parley.ledger.domain.Ledgers.phase;
import static org.parley.ledger.domain.Ledgers.verified;
import static org.parley.shared.Reversibility.IRREVERSIBLE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parley.shared.Verification;

class UnverifiableTest {

  private final Unverifiable rule = new Unverifiable();

  @Test
  void warnsOfACounterpartStepWithNoVerificationMethod() {
    assertEquals(
        List.of(
            new Finding(
                RuleName.UNVERIFIABLE,
                Severity.WARNING,
                2,
                2,
                "Phase 2, step 2: their step has no verification method: we could not tell"
                    + " whether they took it.")),
        rule.check(
            ledger(
                phase(verified(IRREVERSIBLE, IRREVERSIBLE, Verification.IAEA_INSPECTION)),
                phase(
                    verified(IRREVERSIBLE, IRREVERSIBLE, Verification.SELF_DECLARATION),
                    verified(IRREVERSIBLE, IRREVERSIBLE, Verification.NONE)))));
  }

  @ParameterizedTest
  @EnumSource(value = Verification.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
  void anyVerificationMethodIsEnough(Verification method) {
    assertEquals(
        List.of(), rule.check(ledger(phase(verified(IRREVERSIBLE, IRREVERSIBLE, method)))));
  }

  @Test
  void aVerificationNotChosenYetIsNotJudged() {
    assertEquals(
        List.of(),
        rule.check(ledger(phase(new StepTerms(IRREVERSIBLE, null, IRREVERSIBLE, null)))));
  }
}
