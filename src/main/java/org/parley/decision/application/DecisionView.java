package org.parley.decision.application;

import java.time.Instant;
import org.parley.decision.domain.Decision;
import org.parley.decision.domain.DecisionOutcome;

/**
 * A decision as pages and REST show it; conditions null unless approved with conditions.
 *
 * @param overrideJustification why a principal approved despite a blocking reciprocity finding;
 *     null when there was none
 */
public record DecisionView(
    long id,
    int versionNumber,
    DecisionOutcome outcome,
    String rationale,
    String conditions,
    String overrideJustification,
    String decidedBy,
    Instant decidedAt) {

  static DecisionView of(Decision decision) {
    return new DecisionView(
        decision.getId(),
        decision.getVersionNumber(),
        decision.getOutcome(),
        decision.getRationale(),
        decision.getConditions().orElse(null),
        decision.getOverrideJustification().orElse(null),
        decision.getDecidedBy(),
        decision.getDecidedAt());
  }
}
