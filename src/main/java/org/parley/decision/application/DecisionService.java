package org.parley.decision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.parley.access.application.AccessPolicy;
import org.parley.access.application.CurrentUser;
import org.parley.access.domain.Access;
import org.parley.access.domain.Permission;
import org.parley.audit.application.AuditTrail;
import org.parley.audit.domain.AuditAction;
import org.parley.decision.domain.Decision;
import org.parley.decision.domain.DecisionOutcome;
import org.parley.decision.domain.DecisionRepository;
import org.parley.ledger.domain.Finding;
import org.parley.proposal.application.ProposalFindings;
import org.parley.proposal.application.ProposalQueries;
import org.parley.proposal.application.ProposalView;
import org.parley.proposal.application.ProposalWorkflow;
import org.parley.proposal.application.Verdict;
import org.parley.proposal.domain.StatusChange;
import org.parley.shared.InvalidInputException;
import org.parley.shared.PlainText;

/** Deciding cleared proposals: deputies and principals, never on a proposal they drafted. */
@ApplicationScoped
@Transactional
public class DecisionService {

  @Inject private DecisionRepository decisions;
  @Inject private ProposalQueries proposals;
  @Inject private ProposalWorkflow workflow;
  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Inject private ProposalFindings findings;
  @Inject private AccessPolicy policy;

  /**
   * Decides the proposal's current version: approve (with conditions, when given), return it to the
   * working level, or reject it. A rationale is always required, conditions when approving with
   * conditions. The proposal must be awaiting a decision. Rationale and conditions are plain
   * multi-line text of at most {@link Decision#MAX_TEXT} characters.
   */
  public DecisionView decide(
      long proposalId, DecisionOutcome outcome, String rationale, String conditions) {
    return decide(proposalId, outcome, rationale, conditions, null);
  }

  /**
   * As {@link #decide(long, DecisionOutcome, String, String)}. A version submitted with a blocking
   * reciprocity finding can be approved only by a principal who records an override with its {@code
   * overrideJustification} (plain multi-line text of at most {@link
   * Decision#MAX_OVERRIDE_JUSTIFICATION} characters); the override goes on the audit trail as
   * {@link AuditAction#FINDING_OVERRIDDEN}. A justification with nothing to override is refused.
   */
  public DecisionView decide(
      long proposalId,
      DecisionOutcome outcome,
      String rationale,
      String conditions,
      String overrideJustification) {
    ProposalView proposal = workflow.lockForWorkflow(proposalId, Permission.DECIDE);
    if (rationale == null || rationale.isBlank()) {
      throw new InvalidInputException("rationale", "A decision needs its rationale.");
    }
    PlainText.multiLine("rationale", rationale, Decision.MAX_TEXT);
    PlainText.multiLine("conditions", conditions, Decision.MAX_TEXT);
    if (outcome == DecisionOutcome.APPROVED_WITH_CONDITIONS
        && (conditions == null || conditions.isBlank())) {
      throw new InvalidInputException(
          "conditions", "Approving with conditions needs the conditions.");
    }
    List<Finding> overridden = requireOverrideWhenBlocked(proposal, outcome, overrideJustification);
    StatusChange change = workflow.applyDecision(proposalId, verdict(outcome));
    String by = currentUser.caller().username();
    Decision decision =
        new Decision(
            proposalId,
            proposal.versionNumber(),
            outcome,
            rationale,
            conditions,
            overridden.isEmpty() ? null : overrideJustification,
            by,
            clock.instant());
    decisions.add(decision);
    if (!overridden.isEmpty()) {
      audit.record(
          by,
          null,
          AuditAction.FINDING_OVERRIDDEN,
          proposalId,
          null,
          null,
          proposal.versionNumber(),
          "Justification: "
              + overrideJustification
              + " \u2014 overrode "
              + overridden.stream()
                  .map(
                      f ->
                          f.rule()
                              + " (phase "
                              + f.phaseNumber()
                              + ", step "
                              + f.stepNumber()
                              + ")")
                  .collect(Collectors.joining("; "))
              + ".");
    }
    audit.record(
        by,
        null,
        AuditAction.DECIDED,
        proposalId,
        change.from().name(),
        change.to().name(),
        proposal.versionNumber(),
        outcome + ": " + rationale);
    return DecisionView.of(decision);
  }

  /**
   * Whether the caller may override a blocking reciprocity finding when approving (principals): for
   * pages, which offer the override only to them. {@link #decide} decides again.
   */
  public boolean callerMayOverrideBlockingFindings() {
    return Permission.OVERRIDE_BLOCKING_FINDING.evaluate(policy.subject()) == Access.GRANTED;
  }

  /** The decisions taken on a proposal the caller may see, oldest first. */
  public List<DecisionView> decisions(long proposalId) {
    proposals.get(proposalId);
    return decisions.findByProposal(proposalId).stream().map(DecisionView::of).toList();
  }

  /**
   * The blocking findings an approval overrides (empty when none), refused unless a principal
   * records the override with its justification; a justification where nothing is overridden is
   * refused too.
   */
  private List<Finding> requireOverrideWhenBlocked(
      ProposalView proposal, DecisionOutcome outcome, String justification) {
    boolean justified = justification != null && !justification.isBlank();
    List<Finding> blocking =
        findings.submitted(proposal.id(), proposal.versionNumber()).stream()
            .filter(Finding::isBlocking)
            .toList();
    if (justified && (!outcome.approves() || blocking.isEmpty())) {
      throw new InvalidInputException(
          "overrideJustification",
          outcome.approves()
              ? "This version has no blocking reciprocity finding to override."
              : "An override goes with an approval only.");
    }
    if (!outcome.approves() || blocking.isEmpty()) {
      return List.of();
    }
    policy.require(Permission.OVERRIDE_BLOCKING_FINDING);
    if (!justified) {
      throw new InvalidInputException(
          "overrideJustification",
          "This version has a blocking reciprocity finding: approving it needs your override"
              + " with its justification.");
    }
    PlainText.multiLine(
        "overrideJustification", justification, Decision.MAX_OVERRIDE_JUSTIFICATION);
    return blocking;
  }

  private static Verdict verdict(DecisionOutcome outcome) {
    return switch (outcome) {
      case APPROVED, APPROVED_WITH_CONDITIONS -> Verdict.APPROVE;
      case RETURNED -> Verdict.RETURN;
      case REJECTED -> Verdict.REJECT;
    };
  }
}
