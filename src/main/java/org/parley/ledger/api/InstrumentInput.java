package org.parley.ledger.api;

import jakarta.json.JsonObject;
import org.parley.ledger.domain.InstrumentDetails;
import org.parley.ledger.domain.InstrumentKind;
import org.parley.platform.rest.JsonInput;
import org.parley.shared.Agency;
import org.parley.shared.Reversibility;

/**
 * The body of {@code POST /api/instruments} and {@code PUT /api/instruments/{id}}, read strictly:
 * {@code name}, {@code kind}, {@code tier} (a whole number, 1 to 3), {@code reversibility} and
 * {@code owningAgency} are required; {@code notes}, {@code estimatedCost} and {@code legalBasis}
 * are optional (absent, {@code null} or blank). Other members, such as the {@code id}, {@code
 * retired} and {@code version} of a representation sent back, are ignored. The first problem
 * answers 400 naming its field; the domain's {@link InstrumentDetails#requireValid} checks the rest
 * (tier range, characters).
 */
record InstrumentInput(InstrumentDetails details) {

  static InstrumentInput read(JsonObject body) {
    JsonInput in = JsonInput.of(body);
    String name = in.text("name", InstrumentDetails.MAX_NAME);
    InstrumentKind kind = in.enumValue("kind", InstrumentKind.class);
    long tier = in.longValue("tier");
    Reversibility reversibility = in.enumValue("reversibility", Reversibility.class);
    Agency owningAgency = in.enumValue("owningAgency", Agency.class);
    String notes = in.optionalText("notes", InstrumentDetails.MAX_NOTES).orElse(null);
    String estimatedCost =
        in.optionalText("estimatedCost", InstrumentDetails.MAX_ESTIMATED_COST).orElse(null);
    String legalBasis =
        in.optionalText("legalBasis", InstrumentDetails.MAX_LEGAL_BASIS).orElse(null);
    InstrumentDetails details =
        new InstrumentDetails(
            name,
            kind,
            // Out of int range is out of the tier range too: requireValid names it.
            (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, tier)),
            reversibility,
            owningAgency,
            notes,
            estimatedCost,
            legalBasis);
    details.requireValid();
    return new InstrumentInput(details);
  }
}
