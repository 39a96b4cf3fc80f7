package org.parley.ledger.application;

import org.parley.ledger.domain.Instrument;
import org.parley.ledger.domain.InstrumentDetails;
import org.parley.ledger.domain.InstrumentKind;
import org.parley.shared.Agency;
import org.parley.shared.Reversibility;

/**
 * An instrument of the leverage register as pages and REST show it.
 *
 * @param tier 1 (our best leverage) to 3
 * @param version the optimistic-locking version: send it back to change the instrument
 */
public record InstrumentView(
    long id,
    String name,
    InstrumentKind kind,
    int tier,
    Reversibility reversibility,
    Agency owningAgency,
    String notes,
    String estimatedCost,
    String legalBasis,
    boolean retired,
    long version) {

  static InstrumentView of(Instrument instrument) {
    InstrumentDetails details = instrument.details();
    return new InstrumentView(
        instrument.getId(),
        details.name(),
        details.kind(),
        details.tier(),
        details.reversibility(),
        details.owningAgency(),
        details.notes(),
        details.estimatedCost(),
        details.legalBasis(),
        instrument.isRetired(),
        instrument.getVersion());
  }

  public InstrumentDetails details() {
    return new InstrumentDetails(
        name, kind, tier, reversibility, owningAgency, notes, estimatedCost, legalBasis);
  }
}
