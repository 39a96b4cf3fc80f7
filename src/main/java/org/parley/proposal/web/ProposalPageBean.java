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
import org.parley.proposal.application.ProposalService;
import org.parley.proposal.application.ProposalView;
import org.parley.proposal.application.TrackView;
import org.parley.proposal.domain.WorkflowAction;
import org.parley.shared.Agency;
import org.parley.shared.ConflictException;
import org.parley.shared.NotFoundException;

/**
 * The proposal page ({@code proposals/view.xhtml?id=}): content and ledger, the latest clearance
 * round, the history, and the submit and withdraw dialogs for the actions the caller may take.
 */
@Named
@ViewScoped
public class ProposalPageBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ProposalService proposals;
  @Inject private ClearanceService clearance;

  private Long id;
  private ProposalView proposal;
  private TrackView track;
  private ClearanceView round;
  private List<AuditEntry> history;
  private List<Agency> routedAgencies = List.of();
  private Agency[] addedAgencies = {};
  private String withdrawReason;

  public void load() {
    if (id == null) {
      throw new NotFoundException("There is no such proposal.");
    }
    proposal = proposals.open(id, "proposal page");
    track = proposals.track(proposal.trackId());
    round = clearance.findClearance(id).orElse(null);
    history = proposals.history(id);
    if (proposal.allows(WorkflowAction.SUBMIT)) {
      routedAgencies = clearance.previewAgencies(id);
    }
  }

  /** Submits to clearance with the routed agencies and those the envoy ticked. */
  public String submit() {
    try {
      int version = proposals.submit(id, Set.of(addedAgencies)).versionNumber();
      Messages.infoAfterRedirect("proposal.submitted", version);
      return "/proposals/view?faces-redirect=true&id=" + id;
    } catch (ConflictException refusal) {
      Messages.error(refusal);
      return null;
    }
  }

  /** Withdraws the proposal for good, with the reason given in the confirmation dialog. */
  public String withdraw() {
    try {
      proposals.withdraw(id, withdrawReason);
      Messages.infoAfterRedirect("proposal.withdrawn");
      return "/proposals/view?faces-redirect=true&id=" + id;
    } catch (ConflictException refusal) {
      Messages.error(refusal);
      return null;
    }
  }

  /** Whether the latest round carries comments (the drafters answer them on the comments page). */
  public boolean isRoundHasComments() {
    return round != null && round.positions().stream().anyMatch(p -> !p.comments().isEmpty());
  }

  /** The agencies the envoy may add: those routing did not select. */
  public List<Agency> getOtherAgencies() {
    return Arrays.stream(Agency.values()).filter(a -> !routedAgencies.contains(a)).toList();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ProposalView getProposal() {
    return proposal;
  }

  public TrackView getTrack() {
    return track;
  }

  /** The latest clearance round, null when the proposal never went to clearance. */
  public ClearanceView getRound() {
    return round;
  }

  public List<AuditEntry> getHistory() {
    return history;
  }

  public List<Agency> getRoutedAgencies() {
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
