package org.parley.bench.data;

/**
 * Running totals that keep the data set at its targets while proposals are generated one after the
 * other: positions per proposal (the envoy adds agencies more or less often) and audit events per
 * proposal (views fill the trail up to exactly the target).
 */
final class Balance {

  final int positionsPerProposal;
  final int eventsPerProposal;
  long proposals;
  long positions;
  long events;

  Balance(int positionsPerProposal, int eventsPerProposal) {
    this.positionsPerProposal = positionsPerProposal;
    this.eventsPerProposal = eventsPerProposal;
  }

  /**
   * The proposals created in the last weeks before the anchor are still being drafted or reviewed:
   * they end up with fewer positions than the target, and nothing after them can make up for it.
   * The running target is set this much higher so that the whole data set lands on its target.
   */
  static final double IN_FLIGHT_ALLOWANCE = 1.008;

  /** Positions still missing to reach the running target for the proposals begun so far. */
  long positionDeficit() {
    return Math.round(positionsPerProposal * IN_FLIGHT_ALLOWANCE * proposals) - positions;
  }

  /** Audit events still missing to reach the target for the proposals begun so far. */
  long eventDeficit() {
    return (long) eventsPerProposal * proposals - events;
  }
}
