package org.parley.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.shared.Agency;
import org.parley.shared.InvalidInputException;
import org.parley.shared.Reversibility;

/** What the administrator may write about an instrument, edge by edge. */
class InstrumentDetailsTest {

  private static InstrumentDetails details(String name, int tier) {
    return details(name, tier, null, null, null);
  }

  private static InstrumentDetails details(
      String name, int tier, String notes, String estimatedCost, String legalBasis) {
    return new InstrumentDetails(
        name,
        InstrumentKind.UN_SANCTIONS,
        tier,
        Reversibility.IRREVERSIBLE,
        Agency.STATE,
        notes,
        estimatedCost,
        legalBasis);
  }

  private static String refusedField(InstrumentDetails details) {
    return assertThrows(InvalidInputException.class, details::requireValid).getField();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void everyTierFromBestToLeastIsAccepted(int tier) {
    assertDoesNotThrow(() -> details("UN cap on refined petroleum imports", tier).requireValid());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 4, -1, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void aTierOutsideOneToThreeIsRefusedNamingTier(int tier) {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> details("Coal and iron", tier).requireValid());
    assertEquals("tier", refused.getField());
    assertEquals(
        "The leverage tier is 1 (our best leverage), 2 or 3 (the least).", refused.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "\u2003 \u3000"})
  void aBlankNameIsRefusedNamingName(String name) {
    assertEquals("name", refusedField(details(name, 1)));
  }

  @Test
  void aNameOfTheMaximumLengthIsAcceptedOneMoreIsRefused() {
    assertDoesNotThrow(() -> details("n".repeat(InstrumentDetails.MAX_NAME), 1).requireValid());
    assertEquals("name", refusedField(details("n".repeat(InstrumentDetails.MAX_NAME + 1), 1)));
  }

  @Test
  void aNameIsOneLineWithoutInvisibleCharacters() {
    assertEquals("name", refusedField(details("Coal\nand iron", 1)));
    assertEquals("name", refusedField(details("Coal \u202Eand iron", 1)));
  }

  @Test
  void notesMaySpanLinesUpToTheirLimit() {
    assertDoesNotThrow(
        () -> details("Coal", 1, "First line\nsecond line", null, null).requireValid());
    assertDoesNotThrow(
        () ->
            details("Coal", 1, "x".repeat(InstrumentDetails.MAX_NOTES), null, null).requireValid());
    assertEquals(
        "notes",
        refusedField(details("Coal", 1, "x".repeat(InstrumentDetails.MAX_NOTES + 1), null, null)));
  }

  @Test
  void estimatedCostAndLegalBasisAreOneLineWithinTheirLimits() {
    assertEquals("estimatedCost", refusedField(details("Coal", 1, null, "USD 14\nmillion", null)));
    assertEquals(
        "estimatedCost",
        refusedField(
            details("Coal", 1, null, "x".repeat(InstrumentDetails.MAX_ESTIMATED_COST + 1), null)));
    assertEquals("legalBasis", refusedField(details("Coal", 1, null, null, "UNSCR\t2397")));
    assertEquals(
        "legalBasis",
        refusedField(
            details("Coal", 1, null, null, "x".repeat(InstrumentDetails.MAX_LEGAL_BASIS + 1))));
    assertDoesNotThrow(
        () ->
            details(
                    "Coal",
                    1,
                    null,
                    "x".repeat(InstrumentDetails.MAX_ESTIMATED_COST),
                    "x".repeat(InstrumentDetails.MAX_LEGAL_BASIS))
                .requireValid());
  }

  @Test
  void blankOptionalTextsAreAbsentAndOthersAreStripped() {
    InstrumentDetails details = details("Coal", 1, "  ", "\t", "  UNSCR 2371 (2017)  ");
    assertNull(details.notes());
    assertNull(details.estimatedCost());
    assertEquals("UNSCR 2371 (2017)", details.legalBasis());
  }

  @Test
  void aKindReversibilityAndOwningAgencyAreRequired() {
    assertThrows(
        NullPointerException.class,
        () ->
            new InstrumentDetails(
                "Coal", null, 1, Reversibility.IRREVERSIBLE, Agency.STATE, null, null, null));
    assertThrows(
        NullPointerException.class,
        () ->
            new InstrumentDetails(
                "Coal", InstrumentKind.OTHER, 1, null, Agency.STATE, null, null, null));
    assertThrows(
        NullPointerException.class,
        () ->
            new InstrumentDetails(
                "Coal",
                InstrumentKind.OTHER,
                1,
                Reversibility.IRREVERSIBLE,
                null,
                null,
                null,
                null));
  }

  @Test
  void theInstrumentKeepsItsNameStrippedAndRefusesInvalidDetailsUnchanged() {
    Instrument instrument = new Instrument(details("  Coal and iron  ", 1));
    assertEquals("Coal and iron", instrument.getName());

    assertThrows(InvalidInputException.class, () -> instrument.revise(details("Coal", 7)));

    assertEquals("Coal and iron", instrument.getName());
    assertEquals(1, instrument.getTier());
  }
}
