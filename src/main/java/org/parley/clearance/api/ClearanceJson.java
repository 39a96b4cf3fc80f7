package org.parley.clearance.api;

import java.time.Instant;
import java.util.List;
import org.parley.clearance.application.ClearanceView;
import org.parley.clearance.domain.CommentType;
import org.parley.clearance.domain.Position;
import org.parley.shared.Agency;

/**
 * A proposal's latest clearance round in REST answers: the version it reviews, when it is due, and
 * one entry per required agency ({@code position} and the rest {@code null} while pending).
 */
public record ClearanceJson(int versionNumber, Instant dueAt, List<PositionJson> positions) {

  static ClearanceJson of(ClearanceView round) {
    return new ClearanceJson(
        round.versionNumber(),
        round.dueAt(),
        round.positions().stream().map(PositionJson::of).toList());
  }

  /**
   * One agency's slot; {@code overdueSince} is when it was found unanswered past the due date
   * ({@code null} if it never was), and stays set after a late answer.
   */
  public record PositionJson(
      Agency agency,
      Position position,
      List<CommentJson> comments,
      String by,
      String actingFor,
      Instant at,
      Instant overdueSince) {

    static PositionJson of(ClearanceView.PositionView position) {
      return new PositionJson(
          position.agency(),
          position.position(),
          position.comments().stream().map(CommentJson::of).toList(),
          position.by(),
          position.actingFor(),
          position.at(),
          position.overdueSince());
    }
  }

  /** A typed comment; {@code resolution} is {@code null} until the drafters answer it. */
  public record CommentJson(long id, CommentType type, String text, ResolutionJson resolution) {

    static CommentJson of(ClearanceView.CommentView comment) {
      return new CommentJson(
          comment.id(),
          comment.type(),
          comment.text(),
          comment.resolution() == null ? null : ResolutionJson.of(comment.resolution()));
    }
  }

  /** The drafters' answer: accepted, or rejected with a reason. */
  public record ResolutionJson(boolean accepted, String reason, String by, Instant at) {

    static ResolutionJson of(ClearanceView.ResolutionView resolution) {
      return new ResolutionJson(
          resolution.accepted(), resolution.reason(), resolution.by(), resolution.at());
    }
  }
}
