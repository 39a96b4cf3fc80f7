package org.parley.ledger.domain;

import static org.parley.shared.Reversibility.EASILY_REVERSIBLE;
import static org.parley.shared.Verification.IAEA_INSPECTION;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.shared.Reversibility;
import org.parley.shared.Verification;

/** Ledgers for the rules' tests, written the way a drafter thinks: phases of steps. */
final class Ledgers {

  static final InstrumentTerms COAL_SANCTIONS =
      new InstrumentTerms(1, "UN coal sanctions", 1, false);
  static final InstrumentTerms EXERCISES = new InstrumentTerms(2, "Spring exercises", 2, false);
  static final InstrumentTerms AID = new InstrumentTerms(3, "Food aid", 3, false);

  private static final Map<Long, InstrumentTerms> REGISTER =
      List.of(COAL_SANCTIONS, EXERCISES, AID).stream()
          .collect(Collectors.toMap(InstrumentTerms::id, Function.identity()));

  private Ledgers() {}

  /** A ledger of these phases, instruments looked up in the test register. */
  @SafeVarargs
  static Ledger ledger(List<StepTerms>... phases) {
    return Ledger.of(new LedgerDraft(Arrays.asList(phases)), REGISTER);
  }

  static List<StepTerms> phase(StepTerms... steps) {
    return new ArrayList<>(Arrays.asList(steps));
  }

  /** A step giving {@code ours} for {@code theirs}, verified by IAEA inspection, no instrument. */
  static StepTerms step(Reversibility ours, Reversibility theirs) {
    return new StepTerms(ours, null, theirs, IAEA_INSPECTION);
  }

  /** A step spending {@code instrument} (our side easily reversible) for {@code theirs}. */
  static StepTerms spending(InstrumentTerms instrument, Reversibility theirs) {
    return new StepTerms(EASILY_REVERSIBLE, instrument.id(), theirs, IAEA_INSPECTION);
  }

  static StepTerms verified(Reversibility ours, Reversibility theirs, Verification verification) {
    return new StepTerms(ours, null, theirs, verification);
  }
}
