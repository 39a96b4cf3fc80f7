package org.parley.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The head of the audit chain: the one row that records the newest event's position and hash.
 * Appending events locks it ({@code PESSIMISTIC_WRITE}), so transactions append one after another
 * and no two events ever link to the same predecessor; a transaction updates it once, however many
 * events it appends (docs/adr/0009). It also lets a verification notice deleted newest events.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

  /** The id of the one head row. */
  public static final long ID = 1;

  @Id private Long id;

  @Column(name = "last_position", nullable = false)
  private long lastPosition;

  @Column(name = "last_hash", nullable = false, length = 64)
  private String lastHash;

  @Version private long version;

  protected AuditChainHead() {}

  /** The newest link of the chain. */
  public ChainLink link() {
    return new ChainLink(lastPosition, lastHash);
  }

  /** Records {@code link}, which must directly follow the current head, as the newest link. */
  public void advanceTo(ChainLink link) {
    if (link.position() != lastPosition + 1) {
      throw new IllegalArgumentException(
          "The chain head is at " + lastPosition + "; it cannot move to " + link.position() + ".");
    }
    lastPosition = link.position();
    lastHash = link.hash();
  }
}
