package org.parley.decision.web;

import java.util.List;
import org.parley.clearance.application.ClearanceView;
import org.parley.decision.application.DecisionView;
import org.parley.decision.domain.DecisionOutcome;
import org.parley.ledger.domain.Finding;
import org.parley.proposal.application.ProposalView;
import org.parley.proposal.domain.ProposalContent;
import org.parley.shared.Classification;

/**
 * What the decision page shows, read once per view: the version before the deciders with its round
 * and findings, and the decisions taken.
 *
 * @param version the latest submitted version, or the draft's content before any submission
 * @param findings the reciprocity findings that version was submitted with (the draft's now)
 * @param mayOverride whether the caller may override a blocking finding (a principal)
 */
public record DecisionPage(
    ProposalView proposal,
    ProposalContent version,
    ClearanceView round,
    List<DecisionView> decisions,
    List<Finding> findings,
    boolean mayOverride) {

  /** Whether the version has a blocking finding: approving it needs a principal's override. */
  public boolean blocked() {
    return findings.stream().anyMatch(Finding::isBlocking);
  }

  /** The outcomes the caller may choose: no approval of a blocked version without the override. */
  public List<DecisionOutcome> outcomes() {
    return DecisionOutcome.open(blocked(), mayOverride);
  }

  /** Whether deciding {@code chosen} overrides a blocking finding: the override is asked for. */
  public boolean overriding(DecisionOutcome chosen) {
    return chosen != null && chosen.overrides(blocked(), mayOverride);
  }

  /** The banner: the version before the deciders and the proposal as it reads now. */
  public Classification classification() {
    return Classification.highest(version.classification(), proposal.classification());
  }
}
