package org.parley.clearance.web;

import java.util.List;
import org.parley.clearance.application.ClearanceView;
import org.parley.clearance.domain.CommentType;
import org.parley.clearance.domain.Position;
import org.parley.ledger.domain.Finding;
import org.parley.proposal.application.ProposalView;
import org.parley.proposal.domain.ProposalContent;
import org.parley.shared.Classification;

/**
 * What the reviewer's clearance page shows: the proposal, its latest round, and the version under
 * review with the findings it was submitted with.
 *
 * @param round the latest round, {@code null} when the proposal never went to clearance
 * @param version the version under review, {@code null} without a round
 * @param mayAnswer whether the caller's agency may take its position now
 * @param findings the reciprocity findings the version under review was submitted with
 */
public record ReviewPage(
    ProposalView proposal,
    ClearanceView round,
    ProposalContent version,
    boolean mayAnswer,
    List<Finding> findings) {

  /** The banner: the version under review when there is one, else the proposal. */
  public Classification classification() {
    return version == null ? proposal.classification() : version.classification();
  }

  /** The positions an agency may take. */
  public Position[] positions() {
    return Position.values();
  }

  /** The kinds of comment a position may carry. */
  public CommentType[] commentTypes() {
    return CommentType.values();
  }
}
