package org.parley.ledger.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.access.application.RequiresPermission;
import org.parley.access.domain.Permission;
import org.parley.ledger.domain.Instrument;
import org.parley.ledger.domain.InstrumentDetails;
import org.parley.ledger.domain.InstrumentRepository;
import org.parley.ledger.domain.LedgerDraft;
import org.parley.ledger.domain.StepTerms;
import org.parley.shared.ConflictException;
import org.parley.shared.InvalidInputException;
import org.parley.shared.NotFoundException;
import org.parley.shared.StaleVersionException;

/**
 * The leverage register: instruments we hold and may spend on our side of a reciprocal step. Any
 * signed-in user reads it (drafters choose from it, reviewers and deciders read what a step
 * spends); only administrators keep it ({@link Permission#MANAGE_LEVERAGE_REGISTER}, on each
 * writing method).
 *
 * <p>Register changes are portal configuration, like the routing rules, and are not written to the
 * audit trail, which records what happens to proposals. Nothing a reviewer or decider saw is lost
 * that way: each submitted version keeps the findings it was submitted with, whatever the register
 * says later, and an instrument a proposal names is never deleted, only retired.
 */
@ApplicationScoped
@Transactional
public class InstrumentService {

  @Inject private InstrumentRepository instruments;
  @Inject private InstrumentUse use;

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
   * Adds an active instrument to the register. Administrators only. Refused, naming the field, when
   * {@code details} are invalid ({@link InstrumentDetails#requireValid}) or another instrument has
   * the same name (compared ignoring case and surrounding spaces).
   */
  @RequiresPermission(Permission.MANAGE_LEVERAGE_REGISTER)
  public InstrumentView create(InstrumentDetails details) {
    details.requireValid();
    requireUniqueName(details.name(), null);
    Instrument instrument = new Instrument(details);
    instruments.add(instrument);
    flushNamed(details.name());
    return InstrumentView.of(instrument);
  }

  /**
   * Replaces what the register says about an instrument. Administrators only. "Not found" for an
   * unknown id; refused as stale when someone changed the instrument since {@code expectedVersion}
   * was read; refused, naming the field, for invalid details or a name another instrument has.
   * Versions already submitted keep the findings they were submitted with.
   */
  @RequiresPermission(Permission.MANAGE_LEVERAGE_REGISTER)
  public InstrumentView update(long id, long expectedVersion, InstrumentDetails details) {
    Instrument instrument = existing(id);
    if (instrument.getVersion() != expectedVersion) {
      throw new StaleVersionException(
          "Someone changed \u201c"
              + instrument.getName()
              + "\u201d after you read it: look at their change, then make yours again.");
    }
    details.requireValid();
    requireUniqueName(details.name(), id);
    instrument.revise(details);
    flushNamed(details.name());
    return InstrumentView.of(instrument);
  }

  /**
   * Takes an instrument out of use: no step may newly choose it; drafts and versions that name it
   * keep it. Administrators only; retiring a retired instrument changes nothing.
   */
  @RequiresPermission(Permission.MANAGE_LEVERAGE_REGISTER)
  public InstrumentView retire(long id) {
    Instrument instrument = existing(id);
    instrument.retire();
    instruments.flush();
    return InstrumentView.of(instrument);
  }

  /**
   * Puts a retired instrument back in use. Administrators only; reactivating an active instrument
   * changes nothing.
   */
  @RequiresPermission(Permission.MANAGE_LEVERAGE_REGISTER)
  public InstrumentView reactivate(long id) {
    Instrument instrument = existing(id);
    instrument.reactivate();
    instruments.flush();
    return InstrumentView.of(instrument);
  }

  /**
   * Deletes an instrument no proposal names. Administrators only. "Not found" for an unknown id;
   * refused as a conflict when any draft or submitted version names it: such an instrument can only
   * be retired. The foreign keys of the proposal steps stay the backstop against a draft naming it
   * at the same moment.
   *
   * @return the instrument as it was before it was deleted
   */
  @RequiresPermission(Permission.MANAGE_LEVERAGE_REGISTER)
  public InstrumentView delete(long id) {
    Instrument instrument = existing(id);
    if (use.isNamed(id)) {
      throw inUse(instrument);
    }
    InstrumentView deleted = InstrumentView.of(instrument);
    instruments.remove(instrument);
    try {
      instruments.flush();
    } catch (PersistenceException namedMeanwhile) {
      throw inUse(instrument);
    }
    return deleted;
  }

  /**
   * Before a draft is stored: every instrument its ledger names must be in the register, and one
   * that is retired only if the draft named it already ({@code before}): a retired instrument is
   * not newly chosen. Called by the proposal feature in the drafting transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void checkNamedInstruments(LedgerDraft draft, Set<Long> before) {
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

  // --- helpers ---

  private Instrument existing(long id) {
    return instruments
        .find(id)
        .orElseThrow(() -> new NotFoundException("There is no such instrument."));
  }

  /** Refuses a name another instrument (not {@code ownId}) has, ignoring case and spaces. */
  private void requireUniqueName(String name, Long ownId) {
    String wanted = comparable(name);
    boolean taken =
        instruments.findAll().stream()
            .filter(other -> !other.getId().equals(ownId))
            .anyMatch(other -> comparable(other.getName()).equals(wanted));
    if (taken) {
      throw duplicateName(name);
    }
  }

  /** Writes now, so that the database's unique name, the backstop, is checked in this call. */
  private void flushNamed(String name) {
    try {
      instruments.flush();
    } catch (PersistenceException takenMeanwhile) {
      throw duplicateName(name);
    }
  }

  private static String comparable(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  private static InvalidInputException duplicateName(String name) {
    return new InvalidInputException(
        "name",
        "The register has an instrument named \u201c"
            + name.strip()
            + "\u201d already: give this one another name.");
  }

  private static ConflictException inUse(Instrument instrument) {
    return new ConflictException(
        "\u201c" + instrument.getName() + "\u201d is named by a proposal: retire it instead.");
  }
}
