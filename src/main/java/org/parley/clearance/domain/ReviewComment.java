package org.parley.clearance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * A reviewer's typed comment on a version, and the drafters' answer to it: accepted, or rejected
 * with a reason. Every comment must be answered before the proposal is submitted again.
 */
@Entity
@Table(name = "review_comment")
public class ReviewComment {

  public static final int MAX_REASON = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_comment_seq")
  @SequenceGenerator(
      name = "review_comment_seq",
      sequenceName = "review_comment_seq",
      allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "comment_type", nullable = false, length = 16)
  private CommentType type;

  @Column(name = "comment_text", nullable = false, length = CommentDraft.MAX_TEXT)
  private String text;

  /** {@code null} while unanswered. */
  private Boolean accepted;

  @Column(name = "resolution_reason", length = MAX_REASON)
  private String resolutionReason;

  @Column(name = "resolved_by", length = 64)
  private String resolvedBy;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Version private long version;

  protected ReviewComment() {}

  ReviewComment(CommentDraft draft) {
    this.type = draft.type();
    this.text = draft.text();
  }

  /**
   * The drafters' answer. A rejection needs a reason; a comment is answered once, so a second
   * answer is refused rather than silently replacing the first.
   */
  public void resolve(boolean accept, String reason, String by, Instant at) {
    if (isResolved()) {
      throw new ClearanceViolation("This comment has already been answered.");
    }
    if (!accept && (reason == null || reason.isBlank())) {
      throw new ClearanceViolation("Rejecting a comment needs a reason.");
    }
    this.accepted = accept;
    this.resolutionReason = reason == null || reason.isBlank() ? null : reason;
    this.resolvedBy = by;
    this.resolvedAt = at;
  }

  public boolean isResolved() {
    return accepted != null;
  }

  public Long getId() {
    return id;
  }

  public CommentType getType() {
    return type;
  }

  public String getText() {
    return text;
  }

  public Optional<Boolean> getAccepted() {
    return Optional.ofNullable(accepted);
  }

  public Optional<String> getResolutionReason() {
    return Optional.ofNullable(resolutionReason);
  }

  public Optional<String> getResolvedBy() {
    return Optional.ofNullable(resolvedBy);
  }

  public Optional<Instant> getResolvedAt() {
    return Optional.ofNullable(resolvedAt);
  }
}
