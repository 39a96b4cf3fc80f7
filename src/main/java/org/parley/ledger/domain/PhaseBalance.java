package org.parley.ledger.domain;

/**
 * The leverage spent and received from the first phase up to the end of phase {@code phaseNumber}
 * ({@link LeveragePoints}).
 */
public record PhaseBalance(int phaseNumber, int cumulativeSpent, int cumulativeReceived) {

  /** How far we are ahead: what we have given beyond what we have received (negative: behind). */
  public int ahead() {
    return cumulativeSpent - cumulativeReceived;
  }
}
