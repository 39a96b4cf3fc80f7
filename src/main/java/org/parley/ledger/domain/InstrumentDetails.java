package org.parley.ledger.domain;

import java.util.Objects;
import org.parley.shared.Agency;
import org.parley.shared.InvalidInputException;
import org.parley.shared.PlainText;
import org.parley.shared.Reversibility;

/**
 * What the administrator writes about an instrument of the leverage register.
 *
 * @param tier the leverage tier: {@value #BEST_TIER} is our best leverage, {@value #LOWEST_TIER}
 *     the least
 * @param reversibility how easily we could take it back once given up
 * @param notes optional, several lines
 * @param estimatedCost optional, one line (e.g. "USD 14 million per exercise")
 * @param legalBasis optional, one line (e.g. "UN Security Council resolution 2397 (2017)")
 */
public record InstrumentDetails(
    String name,
    InstrumentKind kind,
    int tier,
    Reversibility reversibility,
    Agency owningAgency,
    String notes,
    String estimatedCost,
    String legalBasis) {

  public static final int BEST_TIER = 1;
  public static final int LOWEST_TIER = 3;
  public static final int MAX_NAME = 200;
  public static final int MAX_NOTES = 4000;
  public static final int MAX_ESTIMATED_COST = 200;
  public static final int MAX_LEGAL_BASIS = 400;

  public InstrumentDetails {
    Objects.requireNonNull(name);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(reversibility);
    Objects.requireNonNull(owningAgency);
    notes = blankToNull(notes);
    estimatedCost = blankToNull(estimatedCost);
    legalBasis = blankToNull(legalBasis);
  }

  /**
   * Refuses a blank name, a tier outside 1–3, or text that is too long or carries a character
   * Parley does not accept, naming the field as the REST API does.
   */
  public void requireValid() {
    if (name.isBlank()) {
      throw new InvalidInputException("name", "An instrument needs a name.");
    }
    PlainText.oneLine("name", name, MAX_NAME);
    if (tier < BEST_TIER || tier > LOWEST_TIER) {
      throw new InvalidInputException(
          "tier",
          "The leverage tier is "
              + BEST_TIER
              + " (our best leverage), 2 or "
              + LOWEST_TIER
              + " (the least).");
    }
    PlainText.multiLine("notes", notes, MAX_NOTES);
    PlainText.oneLine("estimatedCost", estimatedCost, MAX_ESTIMATED_COST);
    PlainText.oneLine("legalBasis", legalBasis, MAX_LEGAL_BASIS);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
