package org.parley.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.parley.audit.domain.AuditEvent;
import org.parley.audit.domain.AuditRepository;

@ApplicationScoped
class JpaAuditRepository implements AuditRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void append(AuditEvent event) {
    em.persist(event);
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
