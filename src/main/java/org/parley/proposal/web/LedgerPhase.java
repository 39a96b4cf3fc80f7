package org.parley.proposal.web;

import java.util.ArrayList;
import java.util.List;
import org.parley.ledger.domain.Ledger;
import org.parley.ledger.domain.LedgerStep;
import org.parley.ledger.domain.PhaseBalance;
import org.parley.proposal.domain.PhaseContent;

/**
 * One phase as the ledger page shows it: what it says (title, the texts of its steps) and what the
 * ledger weighs of each step, in the same order, with the balance at its end.
 *
 * @param number 1 for the first phase
 * @param content the phase's title and steps
 * @param steps the ledger's terms of those steps, by the same index
 * @param balance the cumulative balance at the end of this phase
 */
public record LedgerPhase(
    int number, PhaseContent content, List<LedgerStep> steps, PhaseBalance balance) {

  public LedgerPhase {
    steps = List.copyOf(steps);
    if (steps.size() != content.steps().size()) {
      throw new IllegalArgumentException("a ledger step for each step of the phase");
    }
  }

  /** The phases of {@code phases} beside the ledger resolved from them ({@link Ledger#of}). */
  public static List<LedgerPhase> of(List<PhaseContent> phases, Ledger ledger) {
    List<PhaseBalance> balance = ledger.balance();
    List<LedgerPhase> result = new ArrayList<>();
    for (int p = 0; p < phases.size(); p++) {
      result.add(new LedgerPhase(p + 1, phases.get(p), ledger.phases().get(p), balance.get(p)));
    }
    return result;
  }

  /** The leverage points our sides spend in this phase. */
  public int spent() {
    return steps.stream().mapToInt(LedgerStep::spent).sum();
  }

  /** The leverage points their sides give us in this phase. */
  public int received() {
    return steps.stream().mapToInt(LedgerStep::received).sum();
  }
}
