package org.parley.decision.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.parley.decision.domain.Decision;
import org.parley.decision.domain.DecisionRepository;

@ApplicationScoped
class JpaDecisionRepository implements DecisionRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(Decision decision) {
    em.persist(decision);
  }

  @Override
  public List<Decision> findByProposal(long proposalId) {
    return em.createQuery(
            "select d from Decision d where d.proposalId = :proposal order by d.decidedAt, d.id",
            Decision.class)
        .setParameter("proposal", proposalId)
        .getResultList();
  }
}
