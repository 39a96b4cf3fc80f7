package org.parley.audit.domain;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One line of a proposal's audit trail: when (UTC), who, acting for whom, what, the status before
 * and after, the version it concerned, and a free-text detail. Events about an account rather than
 * a proposal (sign-in failures, locks, unlocks), and refusals that named none, carry no proposal.
 * Appended in the same transaction as the change it records; nothing in Parley updates or deletes
 * one (no public setter, no repository method, every column {@code updatable = false}).
 *
 * <p>Events form one hash chain (docs/adr/0009): when its transaction commits, an event is placed
 * after the newest event of all ({@link #placeAfter}), and its hash covers every column of the row
 * and the previous event's hash ({@link #hashedColumns}, {@link AuditHash}). Events inserted by
 * scripts (demo data, rows from before the chain) are linked by the migrations instead.
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

  @Column(name = "chain_position", updatable = false)
  private Long chainPosition;

  @Column(name = "previous_hash", updatable = false, length = 64)
  private String previousHash;

  /** Mapped through {@link #getEventHash}, which computes it once the id is known. */
  @Transient private String eventHash;

  /** Whether this instance was placed in the chain (and so may compute its hash). */
  @Transient private boolean placed;

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
    // The database keeps microseconds; the hash must cover the instant as it is stored.
    this.at = at == null ? null : at.truncatedTo(ChronoUnit.MICROS);
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

  /**
   * The proposal concerned; empty for events about an account (sign-in) and refusals that named
   * none.
   */
  public Optional<Long> getProposalId() {
    return Optional.ofNullable(proposalId);
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

  /**
   * Places this new event directly after {@code previous} in the chain. Its hash is computed when
   * it is persisted, once its id is known, and is then final.
   */
  public void placeAfter(ChainLink previous) {
    if (chainPosition != null) {
      throw new IllegalStateException("Audit event " + id + " is already in the chain.");
    }
    chainPosition = previous.next();
    previousHash = previous.hash();
    placed = true;
  }

  /** This event's link: its chain position and hash; empty until it is placed and has an id. */
  public Optional<ChainLink> getLink() {
    String hash = getEventHash();
    return hash == null ? Optional.empty() : Optional.of(new ChainLink(chainPosition, hash));
  }

  /**
   * Every column of this event that its hash covers, by column name, as {@link AuditHash} encodes
   * them: all columns but the two hash columns themselves (the previous hash enters the hash on its
   * own). A column added to this entity must be added here; AuditEventTest fails until it is.
   */
  public SortedMap<String, Object> hashedColumns() {
    SortedMap<String, Object> columns = new TreeMap<>();
    columns.put("id", id);
    columns.put("chain_position", chainPosition);
    columns.put("occurred_at", at);
    columns.put("actor", actor);
    columns.put("acting_for", actingFor);
    columns.put("action", action);
    columns.put("proposal_id", proposalId);
    columns.put("from_status", fromStatus);
    columns.put("to_status", toStatus);
    columns.put("version_number", versionNumber);
    columns.put("detail", detail);
    return columns;
  }

  /**
   * The {@code event_hash} column. Hibernate reads it when it inserts the row, after assigning the
   * id; for an event placed in the chain, that is when the hash is computed.
   */
  @Access(AccessType.PROPERTY)
  @Column(name = "event_hash", updatable = false, length = 64)
  protected String getEventHash() {
    if (eventHash == null && placed && id != null) {
      eventHash = AuditHash.of(previousHash, hashedColumns());
    }
    return eventHash;
  }

  protected void setEventHash(String eventHash) {
    this.eventHash = eventHash;
  }
}
