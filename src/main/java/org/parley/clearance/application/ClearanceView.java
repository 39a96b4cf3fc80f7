package org.parley.clearance.application;

import java.time.Instant;
import java.util.List;
import org.parley.clearance.domain.AgencyReview;
import org.parley.clearance.domain.ClearanceRound;
import org.parley.clearance.domain.CommentType;
import org.parley.clearance.domain.Position;
import org.parley.clearance.domain.ReviewComment;
import org.parley.clearance.domain.RoundOutcome;
import org.parley.shared.Agency;

/**
 * A proposal's latest clearance round as pages and REST show it; absent values are null.
 *
 * @param open whether the round still takes positions
 * @param outcome how it ended, null while open or when cancelled
 */
public record ClearanceView(
    long roundId,
    long proposalId,
    int versionNumber,
    Instant openedAt,
    Instant dueAt,
    boolean open,
    boolean cancelled,
    RoundOutcome outcome,
    List<PositionView> positions) {

  /**
   * One agency's slot: its position (null while pending) and comments.
   *
   * @param overdueSince when the slot was found unanswered past the due date, null if never
   */
  public record PositionView(
      Agency agency,
      Position position,
      List<CommentView> comments,
      String by,
      String actingFor,
      Instant at,
      Instant overdueSince) {

    static PositionView of(AgencyReview review) {
      return new PositionView(
          review.getAgency(),
          review.getPosition().orElse(null),
          review.getComments().stream().map(CommentView::of).toList(),
          review.getAnsweredBy().orElse(null),
          review.getActingFor().orElse(null),
          review.getAnsweredAt().orElse(null),
          review.getOverdueSince().orElse(null));
    }

    public boolean pending() {
      return position == null;
    }

    /** Still unanswered, and marked overdue: the agency is past the silence deadline. */
    public boolean overdue() {
      return position == null && overdueSince != null;
    }

    public boolean dissent() {
      return position == Position.NON_CONCUR;
    }
  }

  /** A typed comment and the drafters' answer to it (null while unanswered). */
  public record CommentView(long id, CommentType type, String text, ResolutionView resolution) {

    static CommentView of(ReviewComment comment) {
      return new CommentView(
          comment.getId(),
          comment.getType(),
          comment.getText(),
          comment
              .getAccepted()
              .map(
                  accepted ->
                      new ResolutionView(
                          accepted,
                          comment.getResolutionReason().orElse(null),
                          comment.getResolvedBy().orElse(null),
                          comment.getResolvedAt().orElse(null)))
              .orElse(null));
    }
  }

  /** How the drafters answered a comment. */
  public record ResolutionView(boolean accepted, String reason, String by, Instant at) {}

  static ClearanceView of(ClearanceRound round) {
    return new ClearanceView(
        round.getId(),
        round.getProposalId(),
        round.getVersionNumber(),
        round.getOpenedAt(),
        round.getDueAt(),
        round.isOpen(),
        round.isCancelled(),
        round.getOutcome().orElse(null),
        round.getReviews().stream().map(PositionView::of).toList());
  }

  /** The slot of {@code agency}, if it has one in this round. */
  public PositionView positionOf(Agency agency) {
    return positions.stream().filter(p -> p.agency() == agency).findFirst().orElse(null);
  }

  /** A comment with the agency that made it and the position it came with. */
  public record AgencyComment(Agency agency, Position position, CommentView comment) {}

  /** Every comment of the round, agency by agency. */
  public List<AgencyComment> comments() {
    return positions.stream()
        .flatMap(
            slot ->
                slot.comments().stream()
                    .map(comment -> new AgencyComment(slot.agency(), slot.position(), comment)))
        .toList();
  }

  /** How many comments the drafters have not answered yet. */
  public long unansweredComments() {
    return comments().stream().filter(item -> item.comment().resolution() == null).count();
  }

  /** The non-concurrences: the split memo. */
  public List<PositionView> dissents() {
    return positions.stream().filter(PositionView::dissent).toList();
  }

  /** Whether any position carries comments (the drafters answer them on the comments page). */
  public boolean hasComments() {
    return positions.stream().anyMatch(position -> !position.comments().isEmpty());
  }

  public List<Agency> agencies() {
    return positions.stream().map(PositionView::agency).toList();
  }
}
