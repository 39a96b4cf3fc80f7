package org.parley.decision.api;

import java.time.Instant;
import org.parley.decision.application.DecisionView;
import org.parley.decision.domain.DecisionOutcome;

/**
 * A decision in REST answers; {@code conditions} is {@code null} unless approved with them, {@code
 * overrideJustification} unless a principal overrode a blocking reciprocity finding.
 */
public record DecisionJson(
    long id,
    int versionNumber,
    DecisionOutcome outcome,
    String rationale,
    String conditions,
    String overrideJustification,
    String decidedBy,
    Instant decidedAt) {

  static DecisionJson of(DecisionView decision) {
    return new DecisionJson(
        decision.id(),
        decision.versionNumber(),
        decision.outcome(),
        decision.rationale(),
        decision.conditions(),
        decision.overrideJustification(),
        decision.decidedBy(),
        decision.decidedAt());
  }
}
