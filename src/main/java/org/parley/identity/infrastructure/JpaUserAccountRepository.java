package org.parley.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.access.domain.Role;
import org.parley.identity.domain.UserAccount;
import org.parley.identity.domain.UserAccountRepository;
import org.parley.shared.Agency;
import org.parley.shared.Classification;

@ApplicationScoped
class JpaUserAccountRepository implements UserAccountRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<UserAccount> findByUsername(String username) {
    if (!UserAccount.couldBeUsername(username)) {
      return Optional.empty();
    }
    return em.createQuery(
            "select u from UserAccount u where u.username = :username", UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void recordSignIn(String username, Instant when) {
    em.createQuery(
            "update UserAccount u set u.previousSignInAt = u.lastSignInAt, u.lastSignInAt = :when"
                + " where u.username = :username")
        .setParameter("when", when)
        .setParameter("username", username)
        .executeUpdate();
  }

  @Override
  public List<UserAccount> findPage(int first, int size) {
    return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
  }

  @Override
  public Set<Agency> agenciesWithReviewersClearedFor(Set<Classification> atOrAbove) {
    return Set.copyOf(
        em.createQuery(
                "select distinct u.agency from UserAccount u join u.roles r"
                    + " where u.enabled = true and u.agency is not null"
                    + " and u.clearance in :levels and r in :roles",
                Agency.class)
            .setParameter("levels", atOrAbove)
            .setParameter("roles", Set.of(Role.AGENCY_REVIEWER, Role.AGENCY_LEAD))
            .getResultList());
  }
}
