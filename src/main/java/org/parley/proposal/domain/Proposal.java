package org.parley.proposal.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.shared.Agency;
import org.parley.shared.Classification;
import org.parley.shared.ProposalStatus;
import org.parley.shared.WorkflowAction;

/**
 * A package of phased reciprocal steps that an envoy wants to table with the counterpart.
 *
 * <p><b>Lifecycle.</b> A proposal is drafted on a {@linkplain NegotiationTrack track} and revised
 * while it is a {@code DRAFT}. Submitting it freezes its content as the next {@linkplain
 * ProposalVersion version} and sends it {@code IN_CLEARANCE}. When the clearance round closes it
 * goes on {@code AWAITING_DECISION}, or back to {@code DRAFT} when an agency requested changes. A
 * deputy or principal then approves it, rejects it, or returns it to the working level ({@code
 * DRAFT}). The envoy may withdraw it while it is a draft or in clearance. Every move is one of the
 * verbs below and is allowed only where {@link WorkflowAction} says so; there is no status setter.
 *
 * <p><b>Invariants.</b> Only a complete proposal is submitted: at least one phase, no empty phase,
 * both sides on every step. Everyone who created or revised it is one of its drafters, and a
 * drafter never clears or decides it (checked by the clearance and decision services).
 * {@code @Version} turns a concurrent edit into a conflict instead of a lost update.
 */
@Entity
@Table(name = "proposal")
public class Proposal {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_seq")
  @SequenceGenerator(name = "proposal_seq", sequenceName = "proposal_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = 32)
  private String reference;

  @Column(name = "track_id", nullable = false)
  private Long trackId;

  @Column(nullable = false, length = ProposalContent.MAX_TITLE)
  private String title;

  @Column(nullable = false, length = ProposalContent.MAX_SUMMARY)
  private String summary;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Classification classification;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private ProposalStatus status;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @JoinColumn(name = "proposal_id", nullable = false)
  @OrderColumn(name = "phase_order")
  private List<Phase> phases = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "proposal_drafter", joinColumns = @JoinColumn(name = "proposal_id"))
  @Column(name = "username", nullable = false, length = 64)
  private Set<String> drafters = new HashSet<>();

  /** Every agency that holds or held a clearance slot on it: they need to know it. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "proposal_routed_agency", joinColumns = @JoinColumn(name = "proposal_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "agency_code", nullable = false, length = 16)
  private Set<Agency> routedAgencies = EnumSet.noneOf(Agency.class);

  /** Whether it ever went to deputies and principals: from then on, they need to know it. */
  @Column(name = "reached_deciders", nullable = false)
  private boolean reachedDeciders;

  /** The number of the latest submitted version; 0 before the first submission. */
  @Column(name = "version_number", nullable = false)
  private int versionNumber;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Proposal() {}

  private Proposal(String reference, long trackId, ProposalContent content, String by, Instant at) {
    this.reference = reference;
    this.trackId = trackId;
    this.status = ProposalStatus.DRAFT;
    this.createdAt = at;
    replaceContent(content, by, at);
  }

  /** A new draft on track {@code trackId}, drafted by {@code by}. */
  public static Proposal draft(
      String reference, long trackId, ProposalContent content, String by, Instant at) {
    return new Proposal(reference, trackId, content, by, at);
  }

  /** Replaces the content of a draft. */
  public StatusChange revise(ProposalContent content, String by, Instant at) {
    StatusChange change = move(WorkflowAction.REVISE);
    replaceContent(content, by, at);
    return change;
  }

  /**
   * Sends the draft to clearance and freezes its content as the next version, which the caller
   * stores. Refused while the content is incomplete.
   */
  public ProposalVersion submitForClearance(String by, Instant at) {
    check(WorkflowAction.SUBMIT);
    ProposalContent content = content();
    content
        .incompleteness()
        .ifPresent(
            reason -> {
              throw new WorkflowViolation("Cannot submit yet. " + reason);
            });
    move(WorkflowAction.SUBMIT);
    versionNumber++;
    updatedAt = at;
    return new ProposalVersion(id, versionNumber, content, by, at);
  }

  /** The clearance round closed without change requests: the proposal waits for a decision. */
  public StatusChange concludeClearanceCleared() {
    StatusChange change = move(WorkflowAction.CONCLUDE_CLEARED);
    reachedDeciders = true;
    return change;
  }

  /** A clearance round gave these agencies a slot: they need to know the proposal from now on. */
  public void routeTo(Set<Agency> agencies) {
    routedAgencies.addAll(agencies);
  }

  /** The clearance round closed with change requests: back to the drafters. */
  public StatusChange concludeClearanceWithChangesRequested() {
    return move(WorkflowAction.CONCLUDE_CHANGES_REQUESTED);
  }

  public StatusChange approve() {
    return move(WorkflowAction.APPROVE);
  }

  /** A deputy or principal returned it to the working level. */
  public StatusChange returnToDraft() {
    return move(WorkflowAction.RETURN);
  }

  public StatusChange reject() {
    return move(WorkflowAction.REJECT);
  }

  public StatusChange withdraw() {
    return move(WorkflowAction.WITHDRAW);
  }

  /** Whether {@code username} created or revised this proposal. */
  public boolean isDraftedBy(String username) {
    return drafters.contains(username);
  }

  public boolean allows(WorkflowAction action) {
    return status.allows(action);
  }

  public ProposalContent content() {
    return new ProposalContent(
        title, summary, classification, phases.stream().map(Phase::content).toList());
  }

  private void replaceContent(ProposalContent content, String by, Instant at) {
    this.title = content.title();
    this.summary = content.summary();
    this.classification = content.classification();
    this.phases.clear();
    content.phases().forEach(phase -> this.phases.add(new Phase(phase)));
    this.drafters.add(by);
    this.updatedAt = at;
  }

  private void check(WorkflowAction action) {
    if (!status.allows(action)) {
      throw new WorkflowViolation(
          "A proposal that is " + status + " cannot be " + describe(action) + ".");
    }
  }

  private StatusChange move(WorkflowAction action) {
    check(action);
    ProposalStatus from = status;
    status = action.target();
    return new StatusChange(action, from, status);
  }

  private static String describe(WorkflowAction action) {
    return switch (action) {
      case REVISE -> "edited";
      case SUBMIT -> "submitted";
      case CONCLUDE_CLEARED, CONCLUDE_CHANGES_REQUESTED -> "concluded from clearance";
      case APPROVE -> "approved";
      case RETURN -> "returned";
      case REJECT -> "rejected";
      case WITHDRAW -> "withdrawn";
    };
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public long getTrackId() {
    return trackId;
  }

  public String getTitle() {
    return title;
  }

  public Classification getClassification() {
    return classification;
  }

  public ProposalStatus getStatus() {
    return status;
  }

  public int getVersionNumber() {
    return versionNumber;
  }

  public long getVersion() {
    return version;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Set<Agency> getRoutedAgencies() {
    return Collections.unmodifiableSet(routedAgencies);
  }

  public boolean hasReachedDeciders() {
    return reachedDeciders;
  }

  public Set<String> getDrafters() {
    return Set.copyOf(drafters);
  }
}
