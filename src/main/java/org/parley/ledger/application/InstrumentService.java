package org.parley.ledger.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.ledger.domain.Instrument;
import org.parley.ledger.domain.InstrumentRepository;
import org.parley.ledger.domain.LedgerDraft;
import org.parley.proposal.application.ContentDrafted;
import org.parley.proposal.domain.StepTerms;
import org.parley.shared.InvalidInputException;
import org.parley.shared.NotFoundException;

/**
 * The leverage register: instruments we hold and may spend on our side of a reciprocal step. Any
 * signed-in user reads it (drafters choose from it, reviewers and deciders read what a step
 * spends).
 */
@ApplicationScoped
@Transactional
public class InstrumentService {

  @Inject private InstrumentRepository instruments;

  /** Every instrument: active ones first, then by tier (best leverage first) and name. */
  public List<InstrumentView> all() {
    return instruments.findAll().stream().map(InstrumentView::of).toList();
  }

  /** The instruments a drafter may choose now: those not retired. */
  public List<InstrumentView> active() {
    return instruments.findAll().stream()
        .filter(instrument -> !instrument.isRetired())
        .map(InstrumentView::of)
        .toList();
  }

  /** One instrument; "not found" when the register has none with this id. */
  public InstrumentView get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("There is no such instrument."));
  }

  public Optional<InstrumentView> find(long id) {
    return instruments.find(id).map(InstrumentView::of);
  }

  /** The instruments with these ids, by id (those the register has). */
  public Map<Long, InstrumentView> byIds(Collection<Long> ids) {
    return instruments.findAll(Set.copyOf(ids)).stream()
        .map(InstrumentView::of)
        .collect(Collectors.toMap(InstrumentView::id, Function.identity()));
  }

  /**
   * Before a draft is stored: every instrument its ledger names must be in the register, and one
   * that is retired only if the draft named it already (a retired instrument is not newly chosen).
   */
  void checkInstruments(@Observes ContentDrafted drafted) {
    LedgerDraft draft = LedgerDraft.of(drafted.content());
    Set<Long> before =
        drafted.previous() == null ? Set.of() : LedgerDraft.of(drafted.previous()).instrumentIds();
    Map<Long, Instrument> named =
        instruments.findAll(draft.instrumentIds()).stream()
            .collect(Collectors.toMap(Instrument::getId, Function.identity()));
    for (int p = 0; p < draft.phases().size(); p++) {
      List<StepTerms> steps = draft.phases().get(p);
      for (int s = 0; s < steps.size(); s++) {
        Long id = steps.get(s).instrumentId();
        if (id == null) {
          continue;
        }
        String field = "phases[" + p + "].steps[" + s + "].ours.instrumentId";
        Instrument instrument = named.get(id);
        if (instrument == null) {
          throw new InvalidInputException(
              field, "The leverage register has no instrument " + id + ".");
        }
        if (instrument.isRetired() && !before.contains(id)) {
          throw new InvalidInputException(
              field,
              "\u201c"
                  + instrument.getName()
                  + "\u201d is retired from the leverage register: choose another instrument.");
        }
      }
    }
  }
}
