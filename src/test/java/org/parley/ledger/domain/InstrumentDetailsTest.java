package org.parley.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.proposal.domain.Reversibility;
import org.parley.shared.Agency;
import org.parley.shared.InvalidInputException;

class InstrumentDetailsTest {

  private static InstrumentDetails details(String name, int tier, String notes) {
    return new InstrumentDetails(
        name,
        InstrumentKind.UN_SANCTIONS,
        tier,
        Reversibility.REVERSIBLE_AT_COST,
        Agency.STATE,
        notes,
        "  ",
        null);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void tiersOneToThreeAreValid(int tier) {
    details("UN coal sanctions", tier, null).requireValid();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 4, -1})
  void otherTiersAreRefusedNamingTheField(int tier) {
    assertEquals(
        "tier",
        assertThrows(
                InvalidInputException.class,
                () -> details("UN coal sanctions", tier, null).requireValid())
            .getField());
  }

  @Test
  void aBlankNameIsRefused() {
    assertEquals(
        "name",
        assertThrows(InvalidInputException.class, () -> details("  ", 1, null).requireValid())
            .getField());
  }

  @Test
  void blankOptionalTextsAreAbsent() {
    InstrumentDetails details = details("UN coal sanctions", 1, " ");
    assertNull(details.notes());
    assertNull(details.estimatedCost());
  }

  @Test
  void tooLongNotesAreRefusedNamingTheField() {
    String notes = "x".repeat(InstrumentDetails.MAX_NOTES + 1);
    assertEquals(
        "notes",
        assertThrows(
                InvalidInputException.class,
                () -> details("UN coal sanctions", 1, notes).requireValid())
            .getField());
  }
}
