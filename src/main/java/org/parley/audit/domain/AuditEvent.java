package org.parley.audit.domain;

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
import java.util.Optional;

/**
 * One line of a proposal's audit trail: when (UTC), who, acting for whom, what, the status before
 * and after, the version it concerned, and a free-text detail. Events about an account rather than
 * a proposal (sign-in failures, locks, unlocks) carry no proposal. Appended in the same transaction
 * as the change it records; nothing in Parley updates or deletes one (no setter, no repository
 * method).
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  public static final int MAX_DETAIL = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
  @SequenceGenerator(
      name = "audit_event_seq",
      sequenceName = "audit_event_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant at;

  @Column(nullable = false, updatable = false, length = 64)
  private String actor;

  @Column(name = "acting_for", updatable = false, length = 64)
  private String actingFor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 24)
  private AuditAction action;

  @Column(name = "proposal_id", updatable = false)
  private Long proposalId;

  @Column(name = "from_status", updatable = false, length = 24)
  private String fromStatus;

  @Column(name = "to_status", updatable = false, length = 24)
  private String toStatus;

  @Column(name = "version_number", updatable = false)
  private Integer versionNumber;

  @Column(updatable = false, length = MAX_DETAIL)
  private String detail;

  protected AuditEvent() {}

  public AuditEvent(
      Instant at,
      String actor,
      String actingFor,
      AuditAction action,
      Long proposalId,
      String fromStatus,
      String toStatus,
      Integer versionNumber,
      String detail) {
    this.at = at;
    this.actor = actor;
    this.actingFor = actingFor;
    this.action = action;
    this.proposalId = proposalId;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.versionNumber = versionNumber;
    this.detail =
        detail != null && detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail;
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public Optional<String> getActingFor() {
    return Optional.ofNullable(actingFor);
  }

  public AuditAction getAction() {
    return action;
  }

  /** The proposal concerned; {@code null} for events about an account (sign-in). */
  public Long getProposalId() {
    return proposalId;
  }

  public Optional<String> getFromStatus() {
    return Optional.ofNullable(fromStatus);
  }

  public Optional<String> getToStatus() {
    return Optional.ofNullable(toStatus);
  }

  public Optional<Integer> getVersionNumber() {
    return Optional.ofNullable(versionNumber);
  }

  public Optional<String> getDetail() {
    return Optional.ofNullable(detail);
  }
}
