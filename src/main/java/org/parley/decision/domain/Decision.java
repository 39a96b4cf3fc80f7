package org.parley.decision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A deputy's or principal's decision on one version of a proposal, with its rationale. Written
 * once; a returned proposal that comes back gets a new decision on its new version.
 */
@Entity
@Table(name = "decision")
public class Decision {

  public static final int MAX_TEXT = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision_seq")
  @SequenceGenerator(name = "decision_seq", sequenceName = "decision_seq", allocationSize = 50)
  private Long id;

  @Column(name = "proposal_id", nullable = false)
  private Long proposalId;

  @Column(name = "version_number", nullable = false)
  private int versionNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private DecisionOutcome outcome;

  @Column(nullable = false, length = MAX_TEXT)
  private String rationale;

  @Column(length = MAX_TEXT)
  private String conditions;

  @Column(name = "override_justification", length = MAX_TEXT)
  private String overrideJustification;

  @Column(name = "decided_by", nullable = false, length = 64)
  private String decidedBy;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  protected Decision() {}

  /**
   * A decision. The rationale is always required; conditions exactly when approving with
   * conditions.
   */
  public Decision(
      long proposalId,
      int versionNumber,
      DecisionOutcome outcome,
      String rationale,
      String conditions,
      String by,
      Instant at) {
    this(proposalId, versionNumber, outcome, rationale, conditions, null, by, at);
  }

  /**
   * A decision; {@code overrideJustification} is why a principal approved despite a blocking
   * reciprocity finding ({@code null} when there was none to override).
   */
  public Decision(
      long proposalId,
      int versionNumber,
      DecisionOutcome outcome,
      String rationale,
      String conditions,
      String overrideJustification,
      String by,
      Instant at) {
    this.proposalId = proposalId;
    this.versionNumber = versionNumber;
    this.outcome = Objects.requireNonNull(outcome);
    this.rationale = Objects.requireNonNull(rationale);
    this.conditions = outcome == DecisionOutcome.APPROVED_WITH_CONDITIONS ? conditions : null;
    this.overrideJustification = outcome.approves() ? overrideJustification : null;
    this.decidedBy = by;
    this.decidedAt = at;
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

  public DecisionOutcome getOutcome() {
    return outcome;
  }

  public String getRationale() {
    return rationale;
  }

  public Optional<String> getConditions() {
    return Optional.ofNullable(conditions);
  }

  /** Why a principal approved despite a blocking reciprocity finding. */
  public Optional<String> getOverrideJustification() {
    return Optional.ofNullable(overrideJustification);
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
