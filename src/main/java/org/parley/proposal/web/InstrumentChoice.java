package org.parley.proposal.web;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.parley.ledger.application.InstrumentView;

/**
 * An instrument of the leverage register as the editor's "instrument spent" menu offers it: by name
 * and tier, a retired one marked as such.
 *
 * @param tier 1 (our best leverage) to 3
 */
public record InstrumentChoice(long id, String name, int tier, boolean retired)
    implements Serializable {

  static InstrumentChoice of(InstrumentView instrument) {
    return new InstrumentChoice(
        instrument.id(), instrument.name(), instrument.tier(), instrument.retired());
  }

  /**
   * What a drafter may choose: the active instruments, and a retired one only where the draft
   * already names it (the register refuses a retired instrument newly chosen), in the register's
   * order (active first, then by tier and name).
   */
  static List<InstrumentChoice> offered(
      List<InstrumentView> register, Collection<Long> alreadyNamed) {
    return register.stream()
        .filter(instrument -> !instrument.retired() || alreadyNamed.contains(instrument.id()))
        .map(InstrumentChoice::of)
        .toList();
  }
}
