package org.parley.ledger.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A proposal's ledger with the instruments it spends looked up: what the reciprocity rules read.
 */
public record Ledger(List<List<LedgerStep>> phases) {

  public Ledger {
    phases = phases.stream().map(List::copyOf).toList();
  }

  /**
   * The ledger of {@code draft}, with each instrument id resolved in {@code register}; an id the
   * register does not know counts as no instrument.
   */
  public static Ledger of(LedgerDraft draft, Map<Long, InstrumentTerms> register) {
    List<List<LedgerStep>> phases = new ArrayList<>();
    for (int p = 0; p < draft.phases().size(); p++) {
      List<LedgerStep> steps = new ArrayList<>();
      List<StepTerms> drafted = draft.phases().get(p);
      for (int s = 0; s < drafted.size(); s++) {
        StepTerms terms = drafted.get(s);
        steps.add(
            new LedgerStep(
                p + 1,
                s + 1,
                terms.ours(),
                terms.instrumentId() == null ? null : register.get(terms.instrumentId()),
                terms.theirs(),
                terms.verification()));
      }
      phases.add(steps);
    }
    return new Ledger(phases);
  }

  public List<LedgerStep> allSteps() {
    return phases.stream().flatMap(List::stream).toList();
  }

  /** The cumulative leverage spent and received, phase by phase. */
  public List<PhaseBalance> balance() {
    List<PhaseBalance> balance = new ArrayList<>();
    int spent = 0;
    int received = 0;
    for (int p = 0; p < phases.size(); p++) {
      for (LedgerStep step : phases.get(p)) {
        spent += step.spent();
        received += step.received();
      }
      balance.add(new PhaseBalance(p + 1, spent, received));
    }
    return balance;
  }
}
