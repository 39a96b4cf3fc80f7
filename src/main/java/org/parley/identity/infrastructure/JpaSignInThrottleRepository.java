package org.parley.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.parley.identity.domain.SignInName;
import org.parley.identity.domain.SignInThrottle;
import org.parley.identity.domain.SignInThrottleRepository;
import org.parley.identity.domain.ThrottlePolicy;

@ApplicationScoped
class JpaSignInThrottleRepository implements SignInThrottleRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<SignInThrottle> find(SignInName name) {
    return Optional.ofNullable(em.find(SignInThrottle.class, name.key()));
  }

  @Override
  public Optional<SignInThrottle> findForUpdate(SignInName name) {
    return Optional.ofNullable(
        em.find(SignInThrottle.class, name.key(), LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<SignInThrottle> findAll(Collection<SignInName> names) {
    if (names.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select t from SignInThrottle t where t.nameKey in :keys", SignInThrottle.class)
        .setParameter("keys", names.stream().map(SignInName::key).toList())
        .getResultList();
  }

  @Override
  public void add(SignInThrottle throttle) {
    em.persist(throttle);
    // At once, so that two nodes counting a new name's first failure collide here, where the
    // caller retries, and not at commit.
    em.flush();
  }

  @Override
  public void remove(SignInThrottle throttle) {
    em.remove(throttle);
  }

  @Override
  public int removeSpent(Instant now) {
    return em.createQuery(
            "delete from SignInThrottle t"
                + " where (t.refusedUntil is null or t.refusedUntil <= :now)"
                + " and (t.seriesStartedAt is null or t.seriesStartedAt <= :seriesCutoff)")
        .setParameter("now", now)
        .setParameter("seriesCutoff", now.minus(ThrottlePolicy.SERIES))
        .executeUpdate();
  }
}
