package org.parley.clearance.web;

import java.util.List;
import org.parley.clearance.application.ClearanceView;
import org.parley.clearance.application.ClearanceView.AgencyComment;
import org.parley.proposal.application.ProposalView;
import org.parley.shared.Classification;
import org.parley.shared.WorkflowAction;

/**
 * What the comment resolution page shows: the proposal and the comments of its latest round.
 *
 * @param round the latest round, {@code null} when the proposal never went to clearance
 * @param versionMarking the commented version's classification, {@code null} without a round
 */
public record CommentsPage(
    ProposalView proposal, ClearanceView round, Classification versionMarking) {

  /** The banner: the higher of the proposal's and the commented version's marking. */
  public Classification classification() {
    return versionMarking == null
        ? proposal.classification()
        : Classification.highest(proposal.classification(), versionMarking);
  }

  /** Every comment of the round, agency by agency. */
  public List<AgencyComment> items() {
    return round == null ? List.of() : round.comments();
  }

  /** The comment {@code commentId}, {@code null} when the round has none of that id. */
  public AgencyComment item(long commentId) {
    return items().stream()
        .filter(item -> item.comment().id() == commentId)
        .findFirst()
        .orElse(null);
  }

  public long unanswered() {
    return round == null ? 0 : round.unansweredComments();
  }

  /**
   * Whether the caller may answer now: they may revise the draft (the track's staff or envoy, while
   * it is a draft) and the round is closed. The service decides again on every answer.
   */
  public boolean mayAnswer() {
    return proposal.allows(WorkflowAction.REVISE) && round != null && !round.open();
  }

  /** The same page with the round as it now stands. */
  CommentsPage withRound(ClearanceView now) {
    return new CommentsPage(proposal, now, versionMarking);
  }
}
