package org.parley.platform.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One user's use of one idempotency key: the fingerprint of the command it was first sent with, and
 * that command's outcome (JSON). Inserted as a claim before the command runs and completed in the
 * same transaction, so that it commits (or vanishes) together with the command. Never updated
 * afterwards; rows older than the retention of docs/adr/0012 may be deleted.
 */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {

  /** The longest outcome kept (characters of JSON); a column of the same size. */
  static final int MAX_OUTCOME = 1_000_000;

  @Id
  @Column(name = "username", length = 64)
  private String username;

  @Id
  @Column(name = "idempotency_key", length = IdempotencyKey.MAX_LENGTH)
  private String idempotencyKey;

  @Column(name = "request_hash", length = 64, nullable = false)
  private String requestHash;

  @Column(name = "request", length = 300, nullable = false)
  private String request;

  @Column(name = "outcome", length = MAX_OUTCOME)
  private String outcome;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected IdempotencyRecord() {}

  /** The claim of {@code username} on a key, before its command has run. */
  IdempotencyRecord(String username, IdempotentRequest request, Instant now) {
    this.username = username;
    this.idempotencyKey = request.key().value();
    this.requestHash = request.fingerprint();
    this.request = shorten(request.description());
    this.createdAt = now;
  }

  /** The command ran: its outcome, to answer retries with. */
  void complete(String outcome) {
    if (outcome.length() > MAX_OUTCOME) {
      throw new IllegalStateException("An outcome of " + outcome.length() + " characters");
    }
    this.outcome = outcome;
  }

  boolean isFor(IdempotentRequest other) {
    return requestHash.equals(other.fingerprint());
  }

  String getRequest() {
    return request;
  }

  String getOutcome() {
    return outcome;
  }

  Instant getCreatedAt() {
    return createdAt;
  }

  private static String shorten(String text) {
    return text.length() <= 300 ? text : text.substring(0, 299) + "…";
  }

  /** The primary key: one user's key. */
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String idempotencyKey;

    public Key() {}

    Key(String username, IdempotencyKey key) {
      this.username = username;
      this.idempotencyKey = key.value();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && username.equals(key.username)
          && idempotencyKey.equals(key.idempotencyKey);
    }

    @Override
    public int hashCode() {
      return Objects.hash(username, idempotencyKey);
    }
  }
}
