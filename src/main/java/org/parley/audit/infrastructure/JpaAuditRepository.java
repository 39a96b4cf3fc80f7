package org.parley.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parley.audit.domain.AuditAction;
import org.parley.audit.domain.AuditEvent;
import org.parley.audit.domain.AuditQuery;
import org.parley.audit.domain.AuditRepository;

/**
 * The audit trail in JPA. Appending hands the event to the audit chain, which inserts it, linked,
 * when the transaction commits (docs/adr/0009).
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
            "select e from AuditEvent e where e.proposalId = :proposal and e.action in :workflow"
                + " order by e.at, e.id",
            AuditEvent.class)
        .setParameter("proposal", proposalId)
        .setParameter(
            "workflow",
            Arrays.stream(AuditAction.values()).filter(AuditAction::isWorkflow).toList())
        .getResultList();
  }

  @Override
  public List<AuditEvent> search(AuditQuery query, int first, int size) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AuditEvent> select = cb.createQuery(AuditEvent.class);
    Root<AuditEvent> event = select.from(AuditEvent.class);
    select.where(criteria(cb, event, query)).orderBy(cb.desc(event.get("id")));
    return em.createQuery(select).setFirstResult(first).setMaxResults(size).getResultList();
  }

  @Override
  public long count(AuditQuery query) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> select = cb.createQuery(Long.class);
    Root<AuditEvent> event = select.from(AuditEvent.class);
    select.select(cb.count(event)).where(criteria(cb, event, query));
    return em.createQuery(select).getSingleResult();
  }

  private static Predicate[] criteria(
      CriteriaBuilder cb, Root<AuditEvent> event, AuditQuery query) {
    List<Predicate> where = new ArrayList<>();
    if (query.actor() != null) {
      where.add(cb.equal(event.get("actor"), query.actor()));
    }
    if (query.action() != null) {
      where.add(cb.equal(event.get("action"), query.action()));
    }
    if (query.proposalId() != null) {
      where.add(cb.equal(event.get("proposalId"), query.proposalId()));
    }
    return where.toArray(Predicate[]::new);
  }
}
