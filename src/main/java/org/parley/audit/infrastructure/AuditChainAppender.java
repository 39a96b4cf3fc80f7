package org.parley.audit.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.parley.audit.domain.AuditChainHead;
import org.parley.audit.domain.AuditEvent;

/**
 * Appends audit events to the one hash chain when their transaction commits (docs/adr/0009).
 *
 * <p>An event handed to {@link #append} waits, in memory, for its transaction to end. Just before
 * the commit, after Hibernate has flushed the transaction's own changes, the transaction locks the
 * chain head ({@code SELECT … FOR UPDATE}), links its events one after another behind the head,
 * inserts them, and moves the head: one locking read and one row update per transaction, however
 * many events it recorded. A transaction that rolls back appends nothing and never locks.
 *
 * <p>Locking at the end keeps the head lock short and makes it the last lock every transaction
 * takes, so it cannot close a deadlock cycle with the proposal locks of docs/adr/0006; and a
 * transaction suspended for a {@code REQUIRES_NEW} one (say, to record a refusal) holds no head
 * lock that the inner one would wait for. Hibernate runs these steps as a before-completion process
 * of the session, as Envers does, both under JTA and with resource-local transactions.
 */
final class AuditChainAppender {

  /** The pending events of each session with an active transaction. */
  private static final Map<SessionImplementor, PendingEvents> PENDING =
      Collections.synchronizedMap(new WeakHashMap<>());

  private AuditChainAppender() {}

  /** Queues {@code event} to be chained and inserted when the current transaction commits. */
  static void append(EntityManager entityManager, AuditEvent event) {
    SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
    if (!session.isTransactionInProgress()) {
      throw new IllegalStateException("Audit events are recorded inside a transaction.");
    }
    PENDING.computeIfAbsent(session, PendingEvents::register).add(event);
  }

  /** One transaction's events, and what it does with them when it ends. */
  private static final class PendingEvents
      implements BeforeTransactionCompletionProcess, AfterTransactionCompletionProcess {

    private final List<AuditEvent> events = new ArrayList<>();

    static PendingEvents register(SessionImplementor session) {
      PendingEvents pending = new PendingEvents();
      session.getActionQueue().registerProcess((BeforeTransactionCompletionProcess) pending);
      session.getActionQueue().registerProcess((AfterTransactionCompletionProcess) pending);
      return pending;
    }

    void add(AuditEvent event) {
      events.add(event);
    }

    @Override
    public void doBeforeTransactionCompletion(SessionImplementor session) {
      PENDING.remove(session);
      AuditChainHead head =
          session.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
      if (head == null) {
        throw new IllegalStateException("The audit chain has no head row (migration V0013).");
      }
      for (AuditEvent event : events) {
        event.placeAfter(head.link());
        session.persist(event);
        head.advanceTo(event.getLink().orElseThrow());
      }
      // Hibernate has already flushed the transaction's own changes; these come after them.
      session.flush();
      // Never reuse a head read in this transaction in a later one of the same session.
      session.detach(head);
    }

    @Override
    public void doAfterTransactionCompletion(
        boolean success, SharedSessionContractImplementor session) {
      PENDING.remove(session);
    }
  }
}
