package org.parley.decision.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.parley.clearance.application.ClearanceService;
import org.parley.clearance.application.ClearanceView;
import org.parley.clearance.application.ClearanceView.PositionView;
import org.parley.decision.application.DecisionService;
import org.parley.decision.application.DecisionView;
import org.parley.decision.domain.DecisionOutcome;
import org.parley.ledger.domain.Finding;
import org.parley.platform.faces.PageMessages;
import org.parley.platform.faces.ViewParameters;
import org.parley.platform.idempotency.IdempotencyKey;
import org.parley.platform.idempotency.IdempotencyKeyReusedException;
import org.parley.platform.idempotency.IdempotentCommands;
import org.parley.platform.idempotency.IdempotentRequest;
import org.parley.platform.idempotency.Outcome;
import org.parley.proposal.application.ProposalFindings;
import org.parley.proposal.application.ProposalQueries;
import org.parley.proposal.application.ProposalView;
import org.parley.proposal.domain.ProposalContent;
import org.parley.shared.Classification;
import org.parley.shared.ConflictException;
import org.parley.shared.InvalidInputException;
import org.parley.shared.WorkflowAction;

/**
 * The decision page ({@code decisions/decide.xhtml?id=}): the version put before the deciders, all
 * positions of its round with the dissents as a split memo, earlier decisions, and the decision
 * form for a deputy or principal while the proposal allows a decision. The decision is recorded
 * once however often its form is sent from this view (docs/adr/0012).
 */
@Named
@ViewScoped
public class DecisionBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ProposalQueries proposals;
  @Inject private ClearanceService clearance;
  @Inject private DecisionService decisions;
  @Inject private IdempotentCommands commands;
  @Inject private ProposalFindings findings;

  /** Names this view's decision, so that it is applied once however often it is sent. */
  private final IdempotencyKey idempotencyKey = IdempotencyKey.generate();

  private String id;
  private DecisionOutcome outcome;
  private String rationale;
  private String conditions;
  private String overrideJustification;

  /** Whether the caller may override a blocking finding (a principal); decided at load. */
  private boolean mayOverride;

  /** What the page shows; not replicated with the session, reloaded where it is missing. */
  private transient Shown shown;

  /**
   * @param version the latest submitted version, or the draft's content before any submission
   * @param findings the reciprocity findings that version was submitted with (the draft's now)
   */
  private record Shown(
      ProposalView proposal,
      ProposalContent version,
      ClearanceView round,
      List<DecisionView> decisions,
      List<Finding> findings) {}

  /** Loads the proposal, its latest version and round, and the decisions taken on it. */
  public void load() {
    long proposalId = ViewParameters.id(id);
    ProposalView proposal = proposals.open(proposalId, "decision page");
    shown =
        new Shown(
            proposal,
            proposal.versionNumber() > 0
                ? proposals.versionContent(proposalId, proposal.versionNumber())
                : proposal.content(),
            clearance.findClearance(proposalId).orElse(null),
            decisions.decisions(proposalId),
            findings.ofLatestVersion(proposal));
    mayOverride = decisions.callerMayOverrideBlockingFindings();
  }

  /** Records the decision; it cannot be changed afterwards. */
  public String decide() {
    String withConditions = outcome == DecisionOutcome.APPROVED_WITH_CONDITIONS ? conditions : null;
    String override = isOverriding() ? overrideJustification : null;
    Outcome<Long> recorded;
    try {
      long proposalId = ViewParameters.id(id);
      DecisionOutcome chosen = outcome;
      String why = rationale;
      recorded =
          commands.run(
              IdempotentRequest.ofPage(
                  idempotencyKey, "decide", proposalId, chosen, why, withConditions, override),
              Long.class,
              () -> {
                decisions.decide(proposalId, chosen, why, withConditions, override);
                return proposalId;
              });
    } catch (IdempotencyKeyReusedException e) {
      PageMessages.keyReused();
      return null;
    } catch (InvalidInputException e) {
      PageMessages.invalid(e);
      return null;
    } catch (ConflictException e) {
      PageMessages.refused(e);
      load();
      return null;
    }
    PageMessages.info("decide.recorded");
    if (recorded.replayed()) {
      PageMessages.replayed();
    }
    PageMessages.keepForRedirect();
    return "/decisions/decide?faces-redirect=true&includeViewParams=true";
  }

  private Shown shown() {
    if (shown == null) {
      load();
    }
    return shown;
  }

  public ProposalView getProposal() {
    return shown().proposal();
  }

  public ProposalContent getVersion() {
    return shown().version();
  }

  public ClearanceView getRound() {
    return shown().round();
  }

  public List<DecisionView> getDecisions() {
    return shown().decisions();
  }

  /** The non-concurrences of the round: the split memo. */
  public List<PositionView> getDissents() {
    return getRound() == null
        ? List.of()
        : getRound().positions().stream().filter(PositionView::dissent).toList();
  }

  /** Whether the caller may decide now, as the proposal's allowed actions say. */
  public boolean isMayDecide() {
    ProposalView proposal = getProposal();
    return proposal.allows(WorkflowAction.APPROVE)
        || proposal.allows(WorkflowAction.RETURN)
        || proposal.allows(WorkflowAction.REJECT);
  }

  /** The reciprocity findings of the version before the deciders. */
  public List<Finding> getFindings() {
    return shown().findings();
  }

  /** Whether the version has a blocking finding: approving it needs a principal's override. */
  public boolean isBlocked() {
    return getFindings().stream().anyMatch(Finding::isBlocking);
  }

  public boolean isMayOverride() {
    return mayOverride;
  }

  /** Whether the decision being prepared approves a blocked version: the override is asked for. */
  public boolean isOverriding() {
    return outcome != null && outcome.approves() && mayOverride && isBlocked();
  }

  public boolean isWithConditions() {
    return outcome == DecisionOutcome.APPROVED_WITH_CONDITIONS;
  }

  public Classification getClassification() {
    Classification version = getVersion().classification();
    Classification current = getProposal().classification();
    return version.compareTo(current) > 0 ? version : current;
  }

  /** The outcomes the caller may choose: no approval of a blocked version without the override. */
  public List<DecisionOutcome> getOutcomes() {
    return Arrays.stream(DecisionOutcome.values())
        .filter(option -> mayOverride || !isBlocked() || !option.approves())
        .toList();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public DecisionOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(DecisionOutcome outcome) {
    this.outcome = outcome;
  }

  public String getRationale() {
    return rationale;
  }

  public void setRationale(String rationale) {
    this.rationale = rationale;
  }

  public String getOverrideJustification() {
    return overrideJustification;
  }

  public void setOverrideJustification(String overrideJustification) {
    this.overrideJustification = overrideJustification;
  }

  public String getConditions() {
    return conditions;
  }

  public void setConditions(String conditions) {
    this.conditions = conditions;
  }
}
