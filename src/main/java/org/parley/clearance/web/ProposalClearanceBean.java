package org.parley.clearance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.parley.clearance.application.ClearanceService;
import org.parley.clearance.application.ClearanceView;
import org.parley.shared.Agency;

/**
 * The clearance part of the proposal page ({@code proposals/view.xhtml}): its latest round, and the
 * agencies routing selects for the submit dialog. The page asks with the proposal's id, which its
 * own bean has already opened (so "not found" is answered there); each is read once a request.
 */
@Named("proposalClearance")
@RequestScoped
public class ProposalClearanceBean {

  @Inject private ClearanceService clearance;

  private Long roundOf;
  private ClearanceView round;
  private Long routedOf;
  private List<Agency> routed;

  /** The latest clearance round, null when the proposal never went to clearance. */
  public ClearanceView round(long proposalId) {
    if (!Objects.equals(roundOf, proposalId)) {
      round = clearance.findClearance(proposalId).orElse(null);
      roundOf = proposalId;
    }
    return round;
  }

  /** Whether the latest round carries comments (the drafters answer them on the comments page). */
  public boolean roundHasComments(long proposalId) {
    ClearanceView latest = round(proposalId);
    return latest != null && latest.hasComments();
  }

  /** The agencies routing selects for the proposal's content now, State first. */
  public List<Agency> routedAgencies(long proposalId) {
    if (!Objects.equals(routedOf, proposalId)) {
      routed = clearance.previewAgencies(proposalId);
      routedOf = proposalId;
    }
    return routed;
  }

  /** The agencies the envoy may add on submitting: those routing did not select. */
  public List<Agency> otherAgencies(long proposalId) {
    List<Agency> selected = routedAgencies(proposalId);
    return Arrays.stream(Agency.values()).filter(a -> !selected.contains(a)).toList();
  }
}
