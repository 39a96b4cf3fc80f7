package org.parley.proposal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.parley.audit.application.AuditEntry;
import org.parley.clearance.application.ClearanceService;
import org.parley.clearance.application.ClearanceView;
import org.parley.ledger.application.ReciprocityService;
import org.parley.ledger.domain.Finding;
import org.parley.ledger.domain.LedgerDraft;
import org.parley.platform.PageMessages;
import org.parley.platform.ViewParameters;
import org.parley.platform.idempotency.IdempotencyKey;
import org.parley.platform.idempotency.IdempotencyKeyReusedException;
import org.parley.platform.idempotency.IdempotentCommands;
import org.parley.platform.idempotency.IdempotentRequest;
import org.parley.platform.idempotency.Outcome;
import org.parley.proposal.application.ProposalService;
import org.parley.proposal.application.ProposalView;
import org.parley.proposal.application.TrackView;
import org.parley.proposal.domain.ProposalStatus;
import org.parley.proposal.domain.WorkflowAction;
import org.parley.shared.Agency;
import org.parley.shared.ConflictException;

/**
 * The proposal page ({@code proposals/view.xhtml?id=}): content and ledger with its reciprocity
 * findings, the latest clearance round, the history, and the submit and withdraw dialogs for the
 * actions the caller may take. Each is applied once however often its form is sent from this view
 * (docs/adr/0012).
 */
@Named
@ViewScoped
public class ProposalPageBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ProposalService proposals;
  @Inject private ClearanceService clearance;
  @Inject private IdempotentCommands commands;
  @Inject private ReciprocityService reciprocity;

  /** Names this view's submit or withdraw, so that it is applied once however often it is sent. */
  private final IdempotencyKey idempotencyKey = IdempotencyKey.generate();

  /** The address's id as given; a malformed one answers "not found" (ViewParameters). */
  private String id;

  private long proposalId;

  /** What the page shows; not replicated with the session, reloaded where it is missing. */
  private transient ProposalView proposal;

  private transient TrackView track;
  private transient ClearanceView round;
  private transient List<AuditEntry> history;
  private transient List<Agency> routedAgencies;
  private transient List<Finding> findings;

  private Agency[] addedAgencies = {};
  private String withdrawReason;

  public void load() {
    proposalId = ViewParameters.id(id);
    proposal = proposals.open(proposalId, "proposal page");
    track = proposals.track(proposal.trackId());
    round = clearance.findClearance(proposalId).orElse(null);
    history = proposals.history(proposalId);
    routedAgencies =
        proposal.allows(WorkflowAction.SUBMIT) ? clearance.previewAgencies(proposalId) : List.of();
    findings =
        isFindingsLive()
            ? reciprocity.check(LedgerDraft.of(proposal.content()))
            : reciprocity.submittedFindings(proposalId, proposal.versionNumber());
  }

  private void reloadIfMissing() {
    if (proposal == null) {
      load();
    }
  }

  /** Submits to clearance with the routed agencies and those the envoy ticked. */
  public String submit() {
    Set<Agency> added = Set.of(addedAgencies);
    try {
      Outcome<Integer> outcome =
          commands.run(
              IdempotentRequest.ofPage(
                  idempotencyKey, "submit proposal", proposalId, added.stream().sorted().toList()),
              Integer.class,
              () -> proposals.submit(proposalId, added).versionNumber());
      Messages.infoAfterRedirect("proposal.submitted", outcome.result());
      return afterRedirect(outcome);
    } catch (ConflictException refusal) {
      Messages.error(refusal);
      return null;
    } catch (IdempotencyKeyReusedException reused) {
      PageMessages.keyReused();
      return null;
    }
  }

  /** Withdraws the proposal for good, with the reason given in the confirmation dialog. */
  public String withdraw() {
    String reason = withdrawReason;
    try {
      Outcome<Long> outcome =
          commands.run(
              IdempotentRequest.ofPage(idempotencyKey, "withdraw proposal", proposalId, reason),
              Long.class,
              () -> proposals.withdraw(proposalId, reason).id());
      Messages.infoAfterRedirect("proposal.withdrawn");
      return afterRedirect(outcome);
    } catch (ConflictException refusal) {
      Messages.error(refusal);
      return null;
    } catch (IdempotencyKeyReusedException reused) {
      PageMessages.keyReused();
      return null;
    }
  }

  private String afterRedirect(Outcome<?> outcome) {
    if (outcome.replayed()) {
      PageMessages.replayed();
    }
    return "/proposals/view?faces-redirect=true&id=" + proposalId;
  }

  /** Whether the latest round carries comments (the drafters answer them on the comments page). */
  public boolean isRoundHasComments() {
    reloadIfMissing();
    return round != null && round.positions().stream().anyMatch(p -> !p.comments().isEmpty());
  }

  /** The agencies the envoy may add: those routing did not select. */
  public List<Agency> getOtherAgencies() {
    reloadIfMissing();
    return Arrays.stream(Agency.values()).filter(a -> !routedAgencies.contains(a)).toList();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public ProposalView getProposal() {
    reloadIfMissing();
    return proposal;
  }

  public TrackView getTrack() {
    reloadIfMissing();
    return track;
  }

  /** The latest clearance round, null when the proposal never went to clearance. */
  public ClearanceView getRound() {
    reloadIfMissing();
    return round;
  }

  public List<AuditEntry> getHistory() {
    reloadIfMissing();
    return history;
  }

  /**
   * The reciprocity findings: of the content as it reads now while the proposal is a draft (or was
   * never submitted), else those its latest version was submitted with.
   */
  public List<Finding> getFindings() {
    reloadIfMissing();
    return findings;
  }

  /** Whether {@link #getFindings} are the draft's as it reads now (else the latest version's). */
  public boolean isFindingsLive() {
    ProposalView shown = getProposal();
    return shown.status() == ProposalStatus.DRAFT || shown.versionNumber() == 0;
  }

  public List<Agency> getRoutedAgencies() {
    reloadIfMissing();
    return routedAgencies;
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
