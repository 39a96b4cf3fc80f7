package org.parley.clearance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.parley.access.application.CurrentUser;
import org.parley.clearance.application.ClearanceService;
import org.parley.clearance.application.ClearanceView;
import org.parley.clearance.domain.CommentDraft;
import org.parley.clearance.domain.Position;
import org.parley.platform.faces.AddressedView;
import org.parley.platform.faces.Confirmation;
import org.parley.platform.faces.PageCommands;
import org.parley.platform.idempotency.IdempotencyKey;
import org.parley.proposal.application.ProposalFindings;
import org.parley.proposal.application.ProposalQueries;
import org.parley.proposal.application.ProposalView;

/**
 * The reviewer's clearance page ({@code clearance/review.xhtml?id=}): the version under review, the
 * round's positions so far, and the form for the caller's agency while it may answer. The position
 * is recorded once however often its form is sent from this view (docs/adr/0012).
 */
@Named
@ViewScoped
public class ClearanceReviewBean extends AddressedView<ReviewPage> {

  private static final long serialVersionUID = 1L;

  @Inject private ProposalQueries proposals;
  @Inject private ClearanceService clearance;
  @Inject private CurrentUser currentUser;
  @Inject private PageCommands commands;
  @Inject private ProposalFindings findings;

  /** Names this view's "record position", so that it is applied once however often it is sent. */
  private final IdempotencyKey idempotencyKey = IdempotencyKey.generate();

  private Position position;
  private final List<CommentRow> comments = new ArrayList<>();

  /** Loads the proposal, its latest round and the version under review. */
  @Override
  protected ReviewPage read(long proposalId) {
    ProposalView proposal = proposals.open(proposalId, "clearance page");
    ClearanceView round = clearance.findClearance(proposalId).orElse(null);
    return new ReviewPage(
        proposal,
        round,
        round == null ? null : proposals.versionContent(proposalId, round.versionNumber()),
        round != null && clearance.callerMayAnswer(proposalId),
        round == null ? List.of() : findings.submitted(proposalId, round.versionNumber()));
  }

  public void addComment() {
    comments.add(new CommentRow());
  }

  public void removeComment(int index) {
    comments.remove(index);
  }

  /** Records the agency's position; it cannot be changed afterwards. */
  public String record() {
    long proposalId = addressedId();
    Position chosen = position;
    List<CommentDraft> drafts = comments.stream().map(CommentRow::draft).toList();
    return commands
        .of(idempotencyKey, "record position", proposalId, chosen, drafts)
        .onConflict(this::load)
        .run(
            Boolean.class,
            () ->
                clearance.recordPosition(proposalId, currentUser.getAgency(), chosen, drafts)
                    != null,
            done -> Confirmation.of("review.recorded"))
        .map(done -> PageCommands.redirect("/clearance/review?includeViewParams=true"))
        .orElse(null);
  }

  public Position getPosition() {
    return position;
  }

  public void setPosition(Position position) {
    this.position = position;
  }

  public List<CommentRow> getComments() {
    return comments;
  }
}
