package org.parley.proposal.api;

import org.parley.ledger.domain.Finding;
import org.parley.ledger.domain.RuleName;
import org.parley.ledger.domain.Severity;

/**
 * A reciprocity finding in REST answers.
 *
 * @param phaseNumber the phase it is about, 1 for the first; {@code null} for the whole ledger
 * @param stepNumber the step in that phase, 1 for the first; {@code null} for the whole phase
 */
public record FindingJson(
    RuleName rule, Severity severity, Integer phaseNumber, Integer stepNumber, String explanation) {

  static FindingJson of(Finding finding) {
    return new FindingJson(
        finding.rule(),
        finding.severity(),
        finding.phaseNumber(),
        finding.stepNumber(),
        finding.explanation());
  }
}
