package org.parley.ledger.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** A proposal's ledger as the reciprocity check reads it: per phase, its steps' terms in order. */
public record LedgerDraft(List<List<StepTerms>> phases) {

  public LedgerDraft {
    phases = phases.stream().map(List::copyOf).toList();
  }

  /** The instruments the ledger names. */
  public Set<Long> instrumentIds() {
    return phases.stream()
        .flatMap(List::stream)
        .map(StepTerms::instrumentId)
        .filter(Objects::nonNull)
        .collect(Collectors.toSet());
  }
}
