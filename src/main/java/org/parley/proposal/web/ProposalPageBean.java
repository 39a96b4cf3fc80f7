package org.parley.proposal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import org.parley.platform.faces.AddressedView;
import org.parley.platform.faces.Confirmation;
import org.parley.platform.faces.PageCommands;
import org.parley.platform.idempotency.IdempotencyKey;
import org.parley.proposal.application.DraftingService;
import org.parley.proposal.application.ProposalFindings;
import org.parley.proposal.application.ProposalQueries;
import org.parley.proposal.application.ProposalView;
import org.parley.shared.Agency;

/**
 * The proposal page ({@code proposals/view.xhtml?id=}): content and ledger with its reciprocity
 * findings, the history, and the submit and withdraw dialogs for the actions the caller may take.
 * Each is applied once however often its form is sent from this view (docs/adr/0012). The latest
 * clearance round and the agencies routing selects come from the clearance feature's bean on the
 * same page ({@code proposalClearance}).
 */
@Named
@ViewScoped
public class ProposalPageBean extends AddressedView<ProposalPage> {

  private static final long serialVersionUID = 1L;

  @Inject private ProposalQueries proposals;
  @Inject private DraftingService drafting;
  @Inject private ProposalFindings findings;
  @Inject private PageCommands commands;

  /** Names this view's submit or withdraw, so that it is applied once however often it is sent. */
  private final IdempotencyKey idempotencyKey = IdempotencyKey.generate();

  private Agency[] addedAgencies = {};
  private String withdrawReason;

  @Override
  protected ProposalPage read(long proposalId) {
    ProposalView proposal = proposals.open(proposalId, "proposal page");
    return new ProposalPage(
        proposal,
        proposals.track(proposal.trackId()),
        proposals.history(proposalId),
        findings.shownWith(proposal));
  }

  /** Submits to clearance with the routed agencies and those the envoy ticked. */
  public String submit() {
    long proposalId = addressedId();
    Set<Agency> added = Set.of(addedAgencies);
    return commands
        .of(idempotencyKey, "submit proposal", proposalId, added.stream().sorted().toList())
        .run(
            Integer.class,
            () -> drafting.submit(proposalId, added).versionNumber(),
            version -> Confirmation.of("proposal.submitted", version))
        .map(done -> PageCommands.redirect("/proposals/view?id=" + proposalId))
        .orElse(null);
  }

  /** Withdraws the proposal for good, with the reason given in the confirmation dialog. */
  public String withdraw() {
    long proposalId = addressedId();
    String reason = withdrawReason;
    return commands
        .of(idempotencyKey, "withdraw proposal", proposalId, reason)
        .run(
            Long.class,
            () -> drafting.withdraw(proposalId, reason).id(),
            done -> Confirmation.of("proposal.withdrawn"))
        .map(done -> PageCommands.redirect("/proposals/view?id=" + proposalId))
        .orElse(null);
  }

  public Agency[] getAddedAgencies() {
    return addedAgencies;
  }

  public void setAddedAgencies(Agency[] addedAgencies) {
    this.addedAgencies = addedAgencies == null ? new Agency[0] : addedAgencies;
  }

  public String getWithdrawReason() {
    return withdrawReason;
  }

  public void setWithdrawReason(String withdrawReason) {
    this.withdrawReason = withdrawReason;
  }
}
