package org.parley.proposal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.parley.proposal.domain.NegotiationTrack;
import org.parley.proposal.domain.TrackRepository;

@ApplicationScoped
class JpaTrackRepository implements TrackRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<NegotiationTrack> find(long id) {
    return Optional.ofNullable(em.find(NegotiationTrack.class, id));
  }

  @Override
  public List<NegotiationTrack> findAll() {
    return em.createQuery(
            "select t from NegotiationTrack t order by t.name", NegotiationTrack.class)
        .getResultList();
  }
}
