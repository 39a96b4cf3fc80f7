package org.parley.clearance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parley.clearance.application.ClearanceService;
import org.parley.clearance.application.ClearanceView;
import org.parley.clearance.application.ClearanceView.AgencyComment;
import org.parley.platform.faces.Confirmation;
import org.parley.platform.faces.PageCommands;
import org.parley.platform.faces.ViewParameters;
import org.parley.platform.idempotency.IdempotencyKey;
import org.parley.proposal.application.ProposalQueries;
import org.parley.proposal.application.ProposalView;
import org.parley.shared.Classification;
import org.parley.shared.WorkflowAction;

/**
 * The drafters' comment resolution ({@code clearance/comments.xhtml?id=}): every comment of the
 * latest round, each accepted or rejected with a reason before the proposal can be submitted again.
 * Each answer is applied once however often it is sent from this view: the view's idempotency key,
 * one derived key per comment (docs/adr/0012).
 */
@Named
@ViewScoped
public class CommentResolutionBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ProposalQueries proposals;
  @Inject private ClearanceService clearance;
  @Inject private PageCommands commands;

  /** The view's key; each comment's answer is named by a key derived from it. */
  private final IdempotencyKey idempotencyKey = IdempotencyKey.generate();

  private String id;
  private Long rejecting;
  private String reason;

  /** What the page shows; not replicated with the session, reloaded where it is missing. */
  private transient Shown shown;

  /**
   * @param classification the higher of the proposal's and the commented version's marking
   */
  private record Shown(ProposalView proposal, ClearanceView round, Classification classification) {}

  /** Loads the proposal and its latest round. */
  public void load() {
    long proposalId = ViewParameters.id(id);
    ProposalView proposal = proposals.open(proposalId, "comments page");
    ClearanceView round = clearance.findClearance(proposalId).orElse(null);
    Classification marking =
        round == null
            ? proposal.classification()
            : Classification.highest(
                proposal.classification(),
                proposals.versionContent(proposalId, round.versionNumber()).classification());
    shown = new Shown(proposal, round, marking);
  }

  /** Accepts a comment. */
  public void accept(long commentId) {
    resolve(commentId, true, null);
  }

  /** Opens the rejection of a comment: the reason is asked for first. */
  public void startRejecting(long commentId) {
    rejecting = commentId;
    reason = null;
  }

  /** Rejects the comment being rejected, with the reason given. */
  public void reject() {
    if (rejecting != null && resolve(rejecting, false, reason)) {
      rejecting = null;
      reason = null;
    }
  }

  private boolean resolve(long commentId, boolean accepted, String why) {
    long proposalId = ViewParameters.id(id);
    boolean answered =
        commands
            .of(
                idempotencyKey.derive("c" + commentId),
                "answer comment",
                proposalId,
                commentId,
                accepted,
                why)
            .onConflict(this::load)
            .run(
                Boolean.class,
                () -> clearance.resolveComment(proposalId, commentId, accepted, why) != null,
                done -> Confirmation.of(accepted ? "comments.accepted" : "comments.rejected"))
            .isPresent();
    if (answered) {
      // The round as it now stands, read again: a replayed answer carries no round.
      ClearanceView round = clearance.findClearance(proposalId).orElse(null);
      shown = new Shown(shown().proposal(), round, shown().classification());
    }
    return answered;
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

  public ClearanceView getRound() {
    return shown().round();
  }

  /** Every comment of the round, agency by agency. */
  public List<AgencyComment> getItems() {
    return getRound() == null ? List.of() : getRound().comments();
  }

  public long getUnanswered() {
    return getRound() == null ? 0 : getRound().unansweredComments();
  }

  /**
   * Whether the caller may answer now: they may revise the draft (the track's staff or envoy, while
   * it is a draft) and the round is closed. The service decides again on every answer.
   */
  public boolean isMayAnswer() {
    return getProposal().allows(WorkflowAction.REVISE) && getRound() != null && !getRound().open();
  }

  /** The comment being rejected, for the reason dialog. */
  public AgencyComment getRejectingItem() {
    return getItems().stream()
        .filter(item -> rejecting != null && item.comment().id() == rejecting)
        .findFirst()
        .orElse(null);
  }

  public Classification getClassification() {
    return shown().classification();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
