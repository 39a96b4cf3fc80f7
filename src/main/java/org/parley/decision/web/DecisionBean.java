package org.parley.decision.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.parley.clearance.application.ClearanceService;
import org.parley.decision.application.DecisionService;
import org.parley.platform.faces.AddressedView;
import org.parley.platform.faces.Confirmation;
import org.parley.platform.faces.PageCommands;
import org.parley.platform.idempotency.IdempotencyKey;
import org.parley.proposal.application.ProposalFindings;
import org.parley.proposal.application.ProposalQueries;
import org.parley.proposal.application.ProposalView;

/**
 * The decision page ({@code decisions/decide.xhtml?id=}): the version before the deciders with its
 * round and findings, the decisions taken, and the decision form while the caller may decide. The
 * decision is recorded once however often its form is sent from this view (docs/adr/0012).
 */
@Named
@ViewScoped
public class DecisionBean extends AddressedView<DecisionPage> {

  private static final long serialVersionUID = 1L;

  @Inject private ProposalQueries proposals;
  @Inject private ClearanceService clearance;
  @Inject private DecisionService decisions;
  @Inject private ProposalFindings findings;
  @Inject private PageCommands commands;

  /** Names this view's decision, so that it is applied once however often it is sent. */
  private final IdempotencyKey idempotencyKey = IdempotencyKey.generate();

  private final DecisionForm form = new DecisionForm();

  /** Loads the proposal, its latest version and round, and the decisions taken on it. */
  @Override
  protected DecisionPage read(long proposalId) {
    ProposalView proposal = proposals.open(proposalId, "decision page");
    return new DecisionPage(
        proposal,
        proposal.versionNumber() > 0
            ? proposals.versionContent(proposalId, proposal.versionNumber())
            : proposal.content(),
        clearance.findClearance(proposalId).orElse(null),
        decisions.decisions(proposalId),
        findings.ofLatestVersion(proposal),
        decisions.callerMayOverrideBlockingFindings());
  }

  /** Records the decision; it cannot be changed afterwards. */
  public String decide() {
    long proposalId = addressedId();
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

  /** Whether the decision being prepared approves a blocked version: the override is asked for. */
  public boolean isOverriding() {
    return getPage().overriding(form.getOutcome());
  }

  public DecisionForm getForm() {
    return form;
  }
}
