package org.parley.ledger.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.ledger.domain.InstrumentDetails;
import org.parley.ledger.domain.InstrumentKind;
import org.parley.shared.Agency;
import org.parley.shared.InvalidInputException;
import org.parley.shared.Reversibility;

/** The body of POST and PUT {@code /api/instruments}, read strictly. */
class InstrumentInputTest {

  private static JsonObjectBuilder valid() {
    return Json.createObjectBuilder()
        .add("name", "UN cap on refined petroleum imports")
        .add("kind", "UN_SANCTIONS")
        .add("tier", 1)
        .add("reversibility", "IRREVERSIBLE")
        .add("owningAgency", "STATE");
  }

  private static String refusedField(JsonObject body) {
    return assertThrows(InvalidInputException.class, () -> InstrumentInput.read(body)).getField();
  }

  @Test
  void readsTheRequiredMembersAndLeavesOptionalOnesAbsent() {
    InstrumentDetails details = InstrumentInput.read(valid().build()).details();
    assertEquals("UN cap on refined petroleum imports", details.name());
    assertEquals(InstrumentKind.UN_SANCTIONS, details.kind());
    assertEquals(1, details.tier());
    assertEquals(Reversibility.IRREVERSIBLE, details.reversibility());
    assertEquals(Agency.STATE, details.owningAgency());
    assertNull(details.notes());
    assertNull(details.estimatedCost());
    assertNull(details.legalBasis());
  }

  @Test
  void readsOptionalMembersAndIgnoresWhatARepresentationAlsoCarries() {
    InstrumentDetails details =
        InstrumentInput.read(
                valid()
                    .add("notes", "Two\nlines")
                    .add("estimatedCost", "USD 14 million")
                    .add("legalBasis", "UNSCR 2397 (2017)")
                    .add("id", 99)
                    .add("retired", true)
                    .add("version", 4)
                    .build())
            .details();
    assertEquals("Two\nlines", details.notes());
    assertEquals("USD 14 million", details.estimatedCost());
    assertEquals("UNSCR 2397 (2017)", details.legalBasis());
  }

  @ParameterizedTest
  @ValueSource(strings = {"name", "kind", "tier", "reversibility", "owningAgency"})
  void eachRequiredMemberMissingIsRefusedNamingIt(String member) {
    assertEquals(member, refusedField(valid().remove(member).build()));
    assertEquals(member, refusedField(valid().addNull(member).build()));
  }

  @Test
  void wrongValuesAreRefusedNamingTheirMember() {
    assertEquals("kind", refusedField(valid().add("kind", "NUCLEAR_UMBRELLA").build()));
    assertEquals("tier", refusedField(valid().add("tier", "1").build()));
    assertEquals("tier", refusedField(valid().add("tier", 1.5).build()));
    assertEquals("tier", refusedField(valid().add("tier", 0).build()));
    assertEquals("tier", refusedField(valid().add("tier", 4).build()));
    assertEquals("tier", refusedField(valid().add("tier", 1L << 40).build()));
    assertEquals("reversibility", refusedField(valid().add("reversibility", "SOMEWHAT").build()));
    assertEquals("owningAgency", refusedField(valid().add("owningAgency", "USAID").build()));
    assertEquals("name", refusedField(valid().add("name", "  ").build()));
    assertEquals("name", refusedField(valid().add("name", 7).build()));
    assertEquals("legalBasis", refusedField(valid().add("legalBasis", "a\nb").build()));
    assertEquals(
        "estimatedCost",
        refusedField(
            valid()
                .add("estimatedCost", "x".repeat(InstrumentDetails.MAX_ESTIMATED_COST + 1))
                .build()));
  }

  @Test
  void aMissingBodyIsRefused() {
    assertThrows(InvalidInputException.class, () -> InstrumentInput.read(null));
  }
}
