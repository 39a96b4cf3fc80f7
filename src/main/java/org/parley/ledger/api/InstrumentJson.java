package org.parley.ledger.api;

import org.parley.ledger.application.InstrumentView;
import org.parley.ledger.domain.InstrumentKind;
import org.parley.shared.Agency;
import org.parley.shared.Reversibility;

/**
 * An instrument of the leverage register in REST answers; also the shape of the body of POST and
 * PUT (without {@code id}, {@code retired} and {@code version}).
 *
 * @param tier 1 (our best leverage) to 3
 * @param version the optimistic-locking version, also sent as the {@code ETag}
 */
public record InstrumentJson(
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

  static InstrumentJson of(InstrumentView instrument) {
    return new InstrumentJson(
        instrument.id(),
        instrument.name(),
        instrument.kind(),
        instrument.tier(),
        instrument.reversibility(),
        instrument.owningAgency(),
        instrument.notes(),
        instrument.estimatedCost(),
        instrument.legalBasis(),
        instrument.retired(),
        instrument.version());
  }
}
