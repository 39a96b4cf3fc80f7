package org.parley.ledger.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The leverage register. */
public interface InstrumentRepository {

  /** Every instrument, active ones first, then by tier and name. */
  List<Instrument> findAll();

  Optional<Instrument> find(long id);

  /** The instruments with these ids (those that exist). */
  List<Instrument> findAll(Collection<Long> ids);

  Optional<Instrument> findByName(String name);

  void add(Instrument instrument);

  void remove(Instrument instrument);

  /** Writes pending changes now, so that a new instrument has its id and its name is checked. */
  void flush();
}
