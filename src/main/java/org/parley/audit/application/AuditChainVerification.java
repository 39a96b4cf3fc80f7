package org.parley.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Optional;
import org.parley.access.application.RequiresPermission;
import org.parley.access.domain.Permission;
import org.parley.audit.domain.AuditChainStore;
import org.parley.audit.domain.ChainLink;
import org.parley.audit.domain.ChainVerdict;
import org.parley.shared.InvalidInputException;

/**
 * Verifies the integrity of the audit trail for auditors: every event is hash-chained to the one
 * before it (docs/adr/0009), and a verification walks the whole chain and reports its first broken
 * link.
 */
@ApplicationScoped
public class AuditChainVerification {

  @Inject private AuditChainStore chain;

  /**
   * Walks the audit chain from the first event to the current head, in pages, and reports "intact"
   * with the number of events and the head, or the first broken link: the event, its position and
   * what is wrong (altered event, broken link, gap, truncation, an event outside the chain). Role:
   * AUDITOR. Runs outside a transaction: a walk over millions of events must not hit the
   * transaction timeout, and it writes nothing.
   *
   * @param anchor optional {@code POSITION:HASH} recorded from an earlier verification's head; the
   *     event at that position must still have that hash, which catches a chain rewritten from that
   *     point on
   * @throws InvalidInputException (field {@code anchor}) when the anchor is not {@code
   *     POSITION:HASH}
   */
  @RequiresPermission(Permission.READ_AUDIT_TRAIL)
  @Transactional(TxType.NOT_SUPPORTED)
  public ChainVerdict verify(String anchor) {
    Optional<ChainLink> recorded = Optional.empty();
    if (anchor != null && !anchor.isBlank()) {
      recorded = ChainLink.parse(anchor.strip());
      if (recorded.isEmpty()) {
        throw new InvalidInputException(
            "anchor",
            "An anchor is POSITION:HASH, a position above 0 and 64 lower-case hex digits,"
                + " as a verification reports its head.");
      }
    }
    return chain.verify(recorded);
  }
}
