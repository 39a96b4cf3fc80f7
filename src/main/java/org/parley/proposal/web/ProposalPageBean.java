package org.parley.proposal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.parley.audit.application.AuditEntry;
import org.parley.ledger.domain.Finding;
import org.parley.platform.faces.Confirmation;
import org.parley.platform.faces.PageCommands;
import org.parley.platform.faces.ViewParameters;
import org.parley.platform.idempotency.IdempotencyKey;
import org.parley.proposal.application.DraftingService;
import org.parley.proposal.application.ProposalFindings;
import org.parley.proposal.application.ProposalQueries;
import org.parley.proposal.application.ProposalView;
import org.parley.proposal.application.TrackView;
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
public class ProposalPageBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ProposalQueries proposals;
  @Inject private DraftingService drafting;
  @Inject private ProposalFindings findings;
  @Inject private PageCommands commands;

  /** Names this view's submit or withdraw, so that it is applied once however often it is sent. */
  private final IdempotencyKey idempotencyKey = IdempotencyKey.generate();

  /** The address's id as given; a malformed one answers "not found" (ViewParameters). */
  private String id;

  private long proposalId;
  private Agency[] addedAgencies = {};
  private String withdrawReason;

  /** What the page shows; not replicated with the session, reloaded where it is missing. */
  private transient Shown shown;

  private record Shown(
      ProposalView proposal, TrackView track, List<AuditEntry> history, List<Finding> findings) {}

  public void load() {
    proposalId = ViewParameters.id(id);
    ProposalView proposal = proposals.open(proposalId, "proposal page");
    shown =
        new Shown(
            proposal,
            proposals.track(proposal.trackId()),
            proposals.history(proposalId),
            findings.shownWith(proposal));
  }

  /** Submits to clearance with the routed agencies and those the envoy ticked. */
  public String submit() {
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

  private Shown shown() {
    if (shown == null) {
      load();
    }
    return shown;
  }

  public ProposalView getProposal() {
    return shown().proposal();
  }

  public TrackView getTrack() {
    return shown().track();
  }

  public List<AuditEntry> getHistory() {
    return shown().history();
  }

  /** The reciprocity findings that go with the proposal as shown ({@link ProposalFindings}). */
  public List<Finding> getFindings() {
    return shown().findings();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
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
