package org.parley.ledger.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.parley.ledger.domain.Instrument;
import org.parley.ledger.domain.InstrumentRepository;

@ApplicationScoped
class JpaInstrumentRepository implements InstrumentRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public List<Instrument> findAll() {
    return em.createQuery(
            "select i from Instrument i order by i.retired, i.tier, i.name", Instrument.class)
        .getResultList();
  }

  @Override
  public Optional<Instrument> find(long id) {
    return Optional.ofNullable(em.find(Instrument.class, id));
  }

  @Override
  public List<Instrument> findAll(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select i from Instrument i where i.id in :ids", Instrument.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  @Override
  public Optional<Instrument> findByName(String name) {
    return em.createQuery("select i from Instrument i where i.name = :name", Instrument.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Instrument instrument) {
    em.persist(instrument);
  }

  @Override
  public void remove(Instrument instrument) {
    em.remove(instrument);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
