package org.parley.ledger.domain;

import java.util.Optional;
import org.parley.shared.Reversibility;
import org.parley.shared.Verification;

/**
 * A reciprocal step as the rules judge it, numbered as pages show it (phase 1, step 1 first). Any
 * term may be missing while the step is drafted.
 *
 * @param instrument the instrument our side spends, if it names one the register knows
 */
public record LedgerStep(
    int phaseNumber,
    int stepNumber,
    Reversibility ours,
    InstrumentTerms instrument,
    Reversibility theirs,
    Verification verification) {

  public Optional<InstrumentTerms> spends() {
    return Optional.ofNullable(instrument);
  }

  /** Leverage points our side spends ({@link LeveragePoints#spent}). */
  public int spent() {
    return LeveragePoints.spent(this);
  }

  /** Leverage points their side gives us ({@link LeveragePoints#received}). */
  public int received() {
    return LeveragePoints.received(this);
  }
}
