package org.parley.proposal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.ledger.domain.InstrumentTerms;
import org.parley.ledger.domain.Ledger;
import org.parley.ledger.domain.PhaseBalance;
import org.parley.proposal.domain.OurAction;
import org.parley.proposal.domain.OurCategory;
import org.parley.proposal.domain.PhaseContent;
import org.parley.proposal.domain.ProposalContent;
import org.parley.proposal.domain.ReciprocalStep;
import org.parley.proposal.domain.TheirAction;
import org.parley.proposal.domain.TheirCategory;
import org.parley.shared.Classification;
import org.parley.shared.Reversibility;
import org.parley.shared.Verification;

/**
 * What the ledger page shows of a known ledger: each phase with the points its steps weigh, and the
 * cumulative balance as the Chart.js configuration of {@code p:chart}.
 */
class LedgerPageModelTest {

  private static final BalanceChart.Texts TEXTS =
      new BalanceChart.Texts("Phase {0}", "Spent", "Received", "Phase", "Points");

  private static final InstrumentTerms COAL = new InstrumentTerms(7, "UN coal sanctions", 1, false);

  /**
   * Phase 1: coal sanctions (tier 1: 3 points) for a freeze reversible at cost (2); a liaison
   * office (easily reversible, no instrument: 1) for their side not drafted yet (0). Phase 2: an
   * exercise suspended (reversible at cost: 2) for a declaration (irreversible: 3).
   */
  private static final ProposalContent KNOWN =
      new ProposalContent(
          "Freeze for relief",
          "",
          Classification.SECRET,
          List.of(
              new PhaseContent(
                  "Freeze",
                  List.of(
                      step(
                          ours(Reversibility.REVERSIBLE_AT_COST, 7L),
                          theirs(Reversibility.REVERSIBLE_AT_COST)),
                      step(ours(Reversibility.EASILY_REVERSIBLE, null), null))),
              new PhaseContent(
                  "Declaration",
                  List.of(
                      step(
                          ours(Reversibility.REVERSIBLE_AT_COST, null),
                          theirs(Reversibility.IRREVERSIBLE))))));

  private static Ledger knownLedger() {
    return Ledger.of(KNOWN.ledgerDraft(), Map.of(7L, COAL));
  }

  @Test
  void eachPhaseShowsItsStepsWithThePointsTheyWeighAndTheBalanceAtItsEnd() {
    List<LedgerPhase> phases = LedgerPhase.of(KNOWN.phases(), knownLedger());

    assertEquals(2, phases.size());
    LedgerPhase first = phases.get(0);
    assertEquals(1, first.number());
    assertEquals("Freeze", first.content().title());
    assertEquals(COAL, first.steps().get(0).instrument());
    assertEquals(List.of(3, 1), first.steps().stream().map(s -> s.spent()).toList());
    assertEquals(List.of(2, 0), first.steps().stream().map(s -> s.received()).toList());
    assertEquals(4, first.spent());
    assertEquals(2, first.received());
    assertEquals(new PhaseBalance(1, 4, 2), first.balance());
    LedgerPhase second = phases.get(1);
    assertEquals(2, second.spent());
    assertEquals(3, second.received());
    assertEquals(new PhaseBalance(2, 6, 5), second.balance());
  }

  @Test
  void theChartHasOnePointPerPhaseForEachSeriesWithTitledAxes() {
    JsonObject chart = parse(BalanceChart.json(knownLedger().balance(), TEXTS));

    assertEquals("line", chart.getString("type"));
    JsonObject data = chart.getJsonObject("data");
    assertEquals(List.of("Phase 1", "Phase 2"), strings(data.getJsonArray("labels")));
    JsonArray datasets = data.getJsonArray("datasets");
    assertEquals(2, datasets.size());
    JsonObject spent = datasets.getJsonObject(0);
    JsonObject received = datasets.getJsonObject(1);
    assertEquals("Spent", spent.getString("label"));
    assertEquals(List.of(4, 6), numbers(spent.getJsonArray("data")));
    assertEquals("Received", received.getString("label"));
    assertEquals(List.of(2, 5), numbers(received.getJsonArray("data")));
    assertFalse(
        spent.getString("pointStyle").equals(received.getString("pointStyle")),
        "the series differ by more than colour");
    assertTrue(received.containsKey("borderDash"));
    JsonObject scales = chart.getJsonObject("options").getJsonObject("scales");
    assertEquals("Phase", scales.getJsonObject("x").getJsonObject("title").getString("text"));
    assertEquals("Points", scales.getJsonObject("y").getJsonObject("title").getString("text"));
    assertTrue(scales.getJsonObject("y").getBoolean("beginAtZero"));
  }

  @Test
  void aLedgerWithoutPhasesHasAnEmptyChart() {
    JsonObject chart = parse(BalanceChart.json(List.of(), TEXTS));

    assertEquals(List.of(), strings(chart.getJsonObject("data").getJsonArray("labels")));
  }

  @Test
  void theConfigurationCannotCloseTheScriptItIsWrittenInto() {
    BalanceChart.Texts hostile =
        new BalanceChart.Texts("</script><script>alert(1)</script> {0}", "a & b", "<b>", "x", "y");

    String json = BalanceChart.json(List.of(new PhaseBalance(1, 1, 1)), hostile);

    assertFalse(json.contains("<"), json);
    assertFalse(json.contains(">"), json);
    assertFalse(json.contains("&"), json);
    JsonObject chart = parse(json);
    assertEquals(
        "</script><script>alert(1)</script> 1",
        chart.getJsonObject("data").getJsonArray("labels").getString(0),
        "still the same text once parsed");
    assertEquals(
        "a & b",
        chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getString("label"));
  }

  private static ReciprocalStep step(OurAction ours, TheirAction theirs) {
    return new ReciprocalStep(ours, theirs);
  }

  private static OurAction ours(Reversibility reversibility, Long instrumentId) {
    return new OurAction(OurCategory.SANCTIONS_RELIEF, "ours", reversibility, instrumentId);
  }

  private static TheirAction theirs(Reversibility reversibility) {
    return new TheirAction(TheirCategory.FREEZE, "theirs", reversibility, Verification.NONE);
  }

  private static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  private static List<Integer> numbers(JsonArray array) {
    return array.getValuesAs(jakarta.json.JsonNumber.class).stream()
        .map(jakarta.json.JsonNumber::intValue)
        .toList();
  }
}
