package org.parley.clearance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parley.clearance.application.ClearanceService;
import org.parley.clearance.application.ClearanceView;
import org.parley.clearance.application.ClearanceView.CommentView;
import org.parley.clearance.application.ClearanceView.PositionView;
import org.parley.clearance.domain.Position;
import org.parley.platform.faces.PageMessages;
import org.parley.platform.faces.ViewParameters;
import org.parley.platform.idempotency.IdempotencyKey;
import org.parley.platform.idempotency.IdempotencyKeyReusedException;
import org.parley.platform.idempotency.IdempotentCommands;
import org.parley.platform.idempotency.IdempotentRequest;
import org.parley.platform.idempotency.Outcome;
import org.parley.proposal.application.ProposalQueries;
import org.parley.proposal.application.ProposalView;
import org.parley.shared.Agency;
import org.parley.shared.Classification;
import org.parley.shared.ConflictException;
import org.parley.shared.InvalidInputException;
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
  @Inject private IdempotentCommands commands;

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

  /** A comment with the agency that made it and the position it came with. */
  public record Item(Agency agency, Position position, CommentView comment) {}

  /** Loads the proposal and its latest round. */
  public void load() {
    long proposalId = ViewParameters.id(id);
    ProposalView proposal = proposals.open(proposalId, "comments page");
    ClearanceView round = clearance.findClearance(proposalId).orElse(null);
    Classification marking = proposal.classification();
    if (round != null) {
      Classification version =
          proposals.versionContent(proposalId, round.versionNumber()).classification();
      marking = version.compareTo(marking) > 0 ? version : marking;
    }
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
    Outcome<Boolean> outcome;
    try {
      outcome =
          commands.run(
              IdempotentRequest.ofPage(
                  idempotencyKey.derive("c" + commentId),
                  "answer comment",
                  proposalId,
                  commentId,
                  accepted,
                  why),
              Boolean.class,
              () -> {
                clearance.resolveComment(proposalId, commentId, accepted, why);
                return true;
              });
      // The round as it now stands, read again: a replayed answer carries no round.
      ClearanceView round = clearance.findClearance(proposalId).orElse(null);
      shown = new Shown(shown().proposal(), round, shown().classification());
    } catch (IdempotencyKeyReusedException e) {
      PageMessages.keyReused();
      return false;
    } catch (InvalidInputException e) {
      PageMessages.invalid(e);
      return false;
    } catch (ConflictException e) {
      PageMessages.refused(e);
      load();
      return false;
    }
    PageMessages.info(accepted ? "comments.accepted" : "comments.rejected");
    if (outcome.replayed()) {
      PageMessages.replayed();
    }
    return true;
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
  public List<Item> getItems() {
    ClearanceView round = getRound();
    if (round == null) {
      return List.of();
    }
    return round.positions().stream()
        .flatMap(
            (PositionView slot) ->
                slot.comments().stream().map(c -> new Item(slot.agency(), slot.position(), c)))
        .toList();
  }

  public long getUnanswered() {
    return getItems().stream().filter(item -> item.comment().resolution() == null).count();
  }

  /**
   * Whether the caller may answer now: they may revise the draft (the track's staff or envoy, while
   * it is a draft) and the round is closed. The service decides again on every answer.
   */
  public boolean isMayAnswer() {
    return getProposal().allows(WorkflowAction.REVISE) && getRound() != null && !getRound().open();
  }

  /** The comment being rejected, for the reason dialog. */
  public Item getRejectingItem() {
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
