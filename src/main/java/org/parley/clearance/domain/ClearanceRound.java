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
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.shared.Agency;

/**
 * The interagency review of one submitted proposal version.
 *
 * <p><b>Lifecycle.</b> A round opens with one {@linkplain AgencyReview slot} per required agency
 * and a due date. Agencies answer in parallel and in any order; every position is collected,
 * whatever the others said. The answer that fills the last slot closes the round in the same
 * transaction, exactly once: with {@link RoundOutcome#CHANGES_REQUESTED} when any agency asked for
 * changes, otherwise {@link RoundOutcome#CLEARED} with any non-concurrences as dissents. A closed
 * round takes no more answers. A round may also be cancelled when the proposal is withdrawn. Slots
 * still pending after the due date are {@linkplain #markOverdueSlots marked overdue}, once each, by
 * scheduled work; being overdue changes nothing else (a late answer is still taken).
 *
 * <p><b>Concurrency.</b> The service records each answer while holding a write lock on the round
 * (docs/adr/0006), so two agencies answering at the same moment are both counted and exactly one of
 * them sees the round close.
 */
@Entity
@Table(name = "clearance_round")
public class ClearanceRound {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clearance_round_seq")
  @SequenceGenerator(
      name = "clearance_round_seq",
      sequenceName = "clearance_round_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "proposal_id", nullable = false)
  private Long proposalId;

  @Column(name = "version_number", nullable = false)
  private int versionNumber;

  // Not updatable: a slot never moves to another round, so Hibernate writes round_id with the
  // insert and skips the extra "update agency_review set round_id" per slot (docs/benchmarks.md).
  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @JoinColumn(name = "round_id", nullable = false, updatable = false)
  @OrderBy("agency")
  private List<AgencyReview> reviews = new ArrayList<>();

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 24)
  private RoundOutcome outcome;

  @Column(nullable = false)
  private boolean cancelled;

  @Version private long version;

  protected ClearanceRound() {}

  private ClearanceRound(
      long proposalId, int versionNumber, Collection<Agency> agencies, Instant at, Instant due) {
    if (agencies.isEmpty()) {
      throw new IllegalArgumentException("A clearance round needs at least one agency.");
    }
    this.proposalId = proposalId;
    this.versionNumber = versionNumber;
    agencies.stream().sorted().distinct().forEach(a -> reviews.add(new AgencyReview(a)));
    this.openedAt = at;
    this.dueAt = due;
  }

  public static ClearanceRound open(
      long proposalId, int versionNumber, Collection<Agency> agencies, Instant at, Instant due) {
    return new ClearanceRound(proposalId, versionNumber, agencies, at, due);
  }

  /**
   * Records {@code agency}'s position. Returns the outcome when this answer filled the last slot
   * and so closed the round; empty while other agencies are still to answer.
   */
  public Optional<RoundOutcome> recordPosition(
      Agency agency,
      Position position,
      List<CommentDraft> comments,
      String by,
      String actingFor,
      Instant at) {
    if (!isOpen()) {
      throw new ClearanceViolation("This clearance round is closed.");
    }
    review(agency)
        .orElseThrow(() -> new ClearanceViolation(agency + " has no slot in this clearance round."))
        .answer(position, comments, by, actingFor, at);
    if (reviews.stream().allMatch(AgencyReview::isAnswered)) {
      outcome = outcomeOf(reviews);
      closedAt = at;
      return Optional.of(outcome);
    }
    return Optional.empty();
  }

  /** The proposal was withdrawn: the round takes no more answers. */
  public void cancel(Instant at) {
    if (isOpen()) {
      cancelled = true;
      closedAt = at;
    }
  }

  /**
   * Marks every slot still unanswered after the due date overdue as of {@code now}, each once: the
   * silence deadline has passed. Only an open round's slots, and only strictly after the due date
   * (at the due instant itself an answer is still on time).
   *
   * @return the agencies whose slots were marked now, in slot order; empty when none
   */
  public List<Agency> markOverdueSlots(Instant now) {
    if (!isOpen() || cancelled || !now.isAfter(dueAt)) {
      return List.of();
    }
    return reviews.stream()
        .filter(review -> review.markOverdue(now))
        .map(AgencyReview::getAgency)
        .toList();
  }

  /** The outcome of a round whose every slot is answered: pure, for the table-driven tests. */
  static RoundOutcome outcomeOf(List<AgencyReview> answered) {
    boolean changesRequested =
        answered.stream()
            .anyMatch(r -> r.getPosition().orElseThrow() == Position.CHANGES_REQUESTED);
    return changesRequested ? RoundOutcome.CHANGES_REQUESTED : RoundOutcome.CLEARED;
  }

  public boolean isOpen() {
    return closedAt == null;
  }

  public Optional<AgencyReview> review(Agency agency) {
    return reviews.stream().filter(r -> r.getAgency() == agency).findFirst();
  }

  /** The comment with this id, in any slot of the round (none while comments are unsaved). */
  public Optional<ReviewComment> comment(long commentId) {
    return reviews.stream()
        .flatMap(r -> r.getComments().stream())
        .filter(c -> Objects.equals(c.getId(), commentId))
        .findFirst();
  }

  public List<AgencyReview> getReviews() {
    return List.copyOf(reviews);
  }

  /** The agencies that did not concur, when the round is closed. */
  public List<Agency> dissents() {
    return reviews.stream()
        .filter(r -> r.getPosition().filter(p -> p == Position.NON_CONCUR).isPresent())
        .map(AgencyReview::getAgency)
        .toList();
  }

  public Long getId() {
    return id;
  }

  public long getProposalId() {
    return proposalId;
  }

  public int getVersionNumber() {
    return versionNumber;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public Optional<Instant> getClosedAt() {
    return Optional.ofNullable(closedAt);
  }

  public Optional<RoundOutcome> getOutcome() {
    return Optional.ofNullable(outcome);
  }

  public boolean isCancelled() {
    return cancelled;
  }
}
