package org.parley.decision.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parley.clearance.application.ClearanceService;
import org.parley.clearance.application.ClearanceView;
import org.parley.decision.application.DecisionService;
import org.parley.decision.application.DecisionView;
import org.parley.decision.domain.DecisionOutcome;
import org.parley.ledger.domain.Finding;
import org.parley.platform.faces.Confirmation;
import org.parley.platform.faces.PageCommands;
import org.parley.platform.faces.ViewParameters;
import org.parley.platform.idempotency.IdempotencyKey;
import org.parley.proposal.application.ProposalFindings;
import org.parley.proposal.application.ProposalQueries;
import org.parley.proposal.application.ProposalView;
import org.parley.proposal.domain.ProposalContent;
import org.parley.shared.Classification;

/**
 * The decision page ({@code decisions/decide.xhtml?id=}): the version before the deciders with its
 * round and findings, the decisions taken, and the decision form while the caller may decide. The
 * decision is recorded once however often its form is sent from this view (docs/adr/0012).
 */
@Named
@ViewScoped
public class DecisionBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ProposalQueries proposals;
  @Inject private ClearanceService clearance;
  @Inject private DecisionService decisions;
  @Inject private ProposalFindings findings;
  @Inject private PageCommands commands;

  /** Names this view's decision, so that it is applied once however often it is sent. */
  private final IdempotencyKey idempotencyKey = IdempotencyKey.generate();

  private String id;
  private final DecisionForm form = new DecisionForm();

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
      List<Finding> findings) {

    boolean blocked() {
      return findings.stream().anyMatch(Finding::isBlocking);
    }
  }

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
    long proposalId = ViewParameters.id(id);
    DecisionForm.Sent sent = form.sent(isOverriding());
    return commands
        .of(
            idempotencyKey,
            "decide",
            proposalId,
            sent.outcome(),
            sent.rationale(),
            sent.conditions(),
            sent.override())
        .onConflict(this::load)
        .run(
            Long.class,
            () ->
                decisions
                    .decide(
                        proposalId,
                        sent.outcome(),
                        sent.rationale(),
                        sent.conditions(),
                        sent.override())
                    .id(),
            done -> Confirmation.of("decide.recorded"))
        .map(done -> PageCommands.redirect("/decisions/decide?includeViewParams=true"))
        .orElse(null);
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

  /** The reciprocity findings of the version before the deciders. */
  public List<Finding> getFindings() {
    return shown().findings();
  }

  /** Whether the version has a blocking finding: approving it needs a principal's override. */
  public boolean isBlocked() {
    return shown().blocked();
  }

  public boolean isMayOverride() {
    return mayOverride;
  }

  /** Whether the decision being prepared approves a blocked version: the override is asked for. */
  public boolean isOverriding() {
    return form.getOutcome() != null && form.getOutcome().overrides(isBlocked(), mayOverride);
  }

  /** The outcomes the caller may choose: no approval of a blocked version without the override. */
  public List<DecisionOutcome> getOutcomes() {
    return DecisionOutcome.open(isBlocked(), mayOverride);
  }

  /** The banner: the version before the deciders and the proposal as it reads now. */
  public Classification getClassification() {
    return Classification.highest(getVersion().classification(), getProposal().classification());
  }

  public DecisionForm getForm() {
    return form;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
