package org.parley.ledger.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.parley.ledger.domain.ReciprocityRepository;
import org.parley.ledger.domain.ReciprocitySetting;
import org.parley.ledger.domain.VersionFinding;

@ApplicationScoped
class JpaReciprocityRepository implements ReciprocityRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public ReciprocitySetting setting() {
    return em.find(ReciprocitySetting.class, ReciprocitySetting.ID);
  }

  @Override
  public List<VersionFinding> findingsOf(long proposalId, int versionNumber) {
    return em.createQuery(
            "select f from VersionFinding f where f.proposalId = :proposal"
                + " and f.versionNumber = :version order by f.position",
            VersionFinding.class)
        .setParameter("proposal", proposalId)
        .setParameter("version", versionNumber)
        .getResultList();
  }

  @Override
  public void add(VersionFinding finding) {
    em.persist(finding);
  }
}
