package org.parley.clearance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.parley.clearance.application.ClearanceService;
import org.parley.clearance.application.ClearanceView;
import org.parley.clearance.application.ClearanceView.AgencyComment;
import org.parley.platform.faces.AddressedView;
import org.parley.platform.faces.Confirmation;
import org.parley.platform.faces.PageCommands;
import org.parley.platform.idempotency.IdempotencyKey;
import org.parley.proposal.application.ProposalQueries;
import org.parley.proposal.application.ProposalView;

/**
 * The drafters' comment resolution ({@code clearance/comments.xhtml?id=}): every comment of the
 * latest round, each accepted or rejected with a reason before the proposal can be submitted again.
 * Each answer is applied once however often it is sent from this view: the view's idempotency key,
 * one derived key per comment (docs/adr/0012).
 */
@Named
@ViewScoped
public class CommentResolutionBean extends AddressedView<CommentsPage> {

  private static final long serialVersionUID = 1L;

  @Inject private ProposalQueries proposals;
  @Inject private ClearanceService clearance;
  @Inject private PageCommands commands;

  /** The view's key; each comment's answer is named by a key derived from it. */
  private final IdempotencyKey idempotencyKey = IdempotencyKey.generate();

  private Long rejecting;
  private String reason;

  /** Loads the proposal and its latest round. */
  @Override
  protected CommentsPage read(long proposalId) {
    ProposalView proposal = proposals.open(proposalId, "comments page");
    ClearanceView round = clearance.findClearance(proposalId).orElse(null);
    return new CommentsPage(
        proposal,
        round,
        round == null
            ? null
            : proposals.versionContent(proposalId, round.versionNumber()).classification());
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
    long proposalId = addressedId();
    IdempotencyKey key = idempotencyKey.derive("c" + commentId);
    boolean answered =
        commands
            .of(key, "answer comment", proposalId, commentId, accepted, why)
            .onConflict(this::load)
            .run(
                Boolean.class,
                () -> clearance.resolveComment(proposalId, commentId, accepted, why) != null,
                done -> Confirmation.of(accepted ? "comments.accepted" : "comments.rejected"))
            .isPresent();
    if (answered) {
      // The round as it now stands, read again: a replayed answer carries no round.
      show(getPage().withRound(clearance.findClearance(proposalId).orElse(null)));
    }
    return answered;
  }

  /** The comment being rejected, for the reason dialog. */
  public AgencyComment getRejectingItem() {
    return rejecting == null ? null : getPage().item(rejecting);
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
