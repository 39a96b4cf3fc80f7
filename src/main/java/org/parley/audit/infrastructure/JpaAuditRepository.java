package org.parley.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.parley.audit.domain.AuditEvent;
import org.parley.audit.domain.AuditRepository;

/**
 * The audit trail in JPA. Appending hands the event to the audit chain, which inserts it, linked,
 * when the transaction commits (docs/adr/0007).
 */
@ApplicationScoped
class JpaAuditRepository implements AuditRepository {

  @PersistenceContext private EntityManager em;

  JpaAuditRepository() {}

  /** Over {@code em}, outside a container (the persistence ITs). */
  JpaAuditRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public void append(AuditEvent event) {
    AuditChainAppender.append(em, event);
  }

  @Override
  public List<AuditEvent> history(long proposalId) {
    return em.createQuery(
            "select e from AuditEvent e where e.proposalId = :proposal order by e.at, e.id",
            AuditEvent.class)
        .setParameter("proposal", proposalId)
        .getResultList();
  }
}
