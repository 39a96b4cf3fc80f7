package org.parley.clearance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.parley.clearance.domain.ClearanceRepository;
import org.parley.clearance.domain.ClearanceRound;
import org.parley.clearance.domain.RoutingRule;
import org.parley.shared.Agency;

@ApplicationScoped
class JpaClearanceRepository implements ClearanceRepository {

  private static final String LATEST =
      "select r from ClearanceRound r where r.proposalId = :proposal order by r.versionNumber desc";

  @PersistenceContext private EntityManager em;

  @Override
  public void add(ClearanceRound round) {
    em.persist(round);
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public Optional<ClearanceRound> findLatest(long proposalId) {
    return em.createQuery(LATEST, ClearanceRound.class)
        .setParameter("proposal", proposalId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<ClearanceRound> findLatestForUpdate(long proposalId) {
    return findLatest(proposalId)
        .map(
            round -> {
              refreshForUpdate(round);
              return round;
            });
  }

  @Override
  public List<ClearanceRound> findWithUnmarkedOverdueSlots(Instant now, int limit) {
    List<Long> ids =
        em.createQuery(
                "select r.id from ClearanceRound r where r.closedAt is null and r.cancelled = false"
                    + " and r.dueAt < :now and exists (select 1 from ClearanceRound same"
                    + " join same.reviews slot where same = r and slot.position is null"
                    + " and slot.overdueSince is null) order by r.dueAt, r.id",
                Long.class)
            .setParameter("now", now)
            .setMaxResults(limit)
            .getResultList();
    return ids.stream().map(id -> em.find(ClearanceRound.class, id)).toList();
  }

  /**
   * Locks the round's row ({@code select id … for update}, no joins), then re-reads the round and,
   * by cascade, its slots as the last commit left them. A refresh with the lock would, on
   * PostgreSQL, read first and lock afterwards (follow-on locking, see JpaProposalRepository).
   */
  @Override
  public void refreshForUpdate(ClearanceRound round) {
    em.createQuery("select r.id from ClearanceRound r where r.id = :id", Long.class)
        .setParameter("id", round.getId())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
    em.refresh(round);
  }

  @Override
  public List<Long> proposalIdsRoutedTo(Agency agency) {
    return em.createQuery(
            "select distinct r.proposalId from ClearanceRound r join r.reviews review"
                + " where review.agency = :agency",
            Long.class)
        .setParameter("agency", agency)
        .getResultList();
  }

  @Override
  public List<RoutingRule> routingRules() {
    return em.createQuery(
            "select rule from RoutingRule rule order by rule.criterion, rule.value, rule.agency",
            RoutingRule.class)
        .getResultList();
  }

  @Override
  public Optional<RoutingRule> findRule(long id) {
    return Optional.ofNullable(em.find(RoutingRule.class, id));
  }

  @Override
  public void add(RoutingRule rule) {
    em.persist(rule);
  }

  @Override
  public void remove(RoutingRule rule) {
    em.remove(rule);
  }
}
