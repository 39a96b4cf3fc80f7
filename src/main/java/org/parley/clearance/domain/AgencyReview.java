package org.parley.clearance.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.shared.Agency;

/**
 * One agency's slot in a clearance round: pending until the agency takes its position, and marked
 * overdue once if it is still pending after the round's due date (the silence deadline).
 */
@Entity
@Table(name = "agency_review")
public class AgencyReview {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agency_review_seq")
  @SequenceGenerator(
      name = "agency_review_seq",
      sequenceName = "agency_review_seq",
      allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "agency_code", nullable = false, length = 16)
  private Agency agency;

  @Enumerated(EnumType.STRING)
  @Column(length = 24)
  private Position position;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @JoinColumn(name = "review_id", nullable = false)
  @OrderColumn(name = "comment_order")
  private List<ReviewComment> comments = new ArrayList<>();

  @Column(name = "answered_by", length = 64)
  private String answeredBy;

  /** The agency the answer was given for, as the answering user acted. */
  @Column(name = "acting_for", length = 64)
  private String actingFor;

  @Column(name = "answered_at")
  private Instant answeredAt;

  /** When the slot was found unanswered past the round's due date; kept after a late answer. */
  @Column(name = "overdue_since")
  private Instant overdueSince;

  @Version private long version;

  protected AgencyReview() {}

  AgencyReview(Agency agency) {
    this.agency = agency;
  }

  void answer(
      Position position, List<CommentDraft> comments, String by, String actingFor, Instant at) {
    if (isAnswered()) {
      throw new ClearanceViolation(agency + " has already taken its position in this round.");
    }
    if (position.needsComment() && comments.isEmpty()) {
      throw new ClearanceViolation(position + " needs at least one comment.");
    }
    this.position = position;
    comments.forEach(draft -> this.comments.add(new ReviewComment(draft)));
    this.answeredBy = by;
    this.actingFor = actingFor;
    this.answeredAt = at;
  }

  /**
   * Marks the slot overdue as of {@code at}, once: returns whether it was marked now (false when
   * the agency has answered or the slot was marked before).
   */
  boolean markOverdue(Instant at) {
    if (isAnswered() || overdueSince != null) {
      return false;
    }
    overdueSince = at;
    return true;
  }

  public boolean isAnswered() {
    return position != null;
  }

  public Agency getAgency() {
    return agency;
  }

  public Optional<Position> getPosition() {
    return Optional.ofNullable(position);
  }

  public List<ReviewComment> getComments() {
    return List.copyOf(comments);
  }

  public Optional<String> getAnsweredBy() {
    return Optional.ofNullable(answeredBy);
  }

  public Optional<String> getActingFor() {
    return Optional.ofNullable(actingFor);
  }

  public Optional<Instant> getAnsweredAt() {
    return Optional.ofNullable(answeredAt);
  }

  public Optional<Instant> getOverdueSince() {
    return Optional.ofNullable(overdueSince);
  }
}
