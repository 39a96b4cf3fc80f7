package org.parley.ledger.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.parley.ledger.application.InstrumentService;
import org.parley.ledger.application.InstrumentView;
import org.parley.ledger.domain.InstrumentDetails;
import org.parley.ledger.domain.InstrumentKind;
import org.parley.platform.faces.PageMessages;
import org.parley.shared.Agency;
import org.parley.shared.ConflictException;
import org.parley.shared.InvalidInputException;
import org.parley.shared.NotFoundException;
import org.parley.shared.Reversibility;
import org.parley.shared.StaleVersionException;

/**
 * The leverage register as the administrator keeps it ({@code admin/instruments.xhtml}): the table
 * with its filters, the dialog to add or edit an instrument, retire and reactivate, and deletion
 * after confirmation. When an edit meets someone else's change, the input is kept and what the
 * register says now is shown beside it ({@link #getConflict}).
 */
@Named
@ViewScoped
public class InstrumentsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private InstrumentService register;

  private InstrumentForm form = InstrumentForm.blank();
  private InstrumentForm conflict;
  private final RegisterFilter filter = new RegisterFilter();

  /** What the page shows; not replicated with the session, reloaded where it is missing. */
  private transient List<InstrumentView> instruments;

  /** Loads the register. */
  public void load() {
    instruments = filter.apply(register.all());
  }

  /** A filter changed: show the instruments it keeps. */
  public void filterChanged() {
    load();
  }

  /** Opens the dialog for a new instrument. */
  public void startNew() {
    form = InstrumentForm.blank();
    conflict = null;
  }

  /** Opens the dialog on an instrument as the register has it now. */
  public void edit(long id) {
    try {
      form = InstrumentForm.of(register.get(id));
      conflict = null;
    } catch (NotFoundException gone) {
      PageMessages.refused(gone);
      load();
    }
  }

  /** Adds or saves the instrument of the dialog; on success the page closes the dialog. */
  public void save() {
    try {
      InstrumentDetails details = form.details();
      InstrumentView saved =
          form.isCreating()
              ? register.create(details)
              : register.update(form.getId(), form.getVersion(), details);
      PageMessages.info(
          form.isCreating() ? "instruments.created" : "instruments.saved", saved.name());
      form = InstrumentForm.blank();
      conflict = null;
      load();
    } catch (InvalidInputException invalid) {
      PageMessages.invalid(invalid);
    } catch (StaleVersionException stale) {
      conflict = register.find(form.getId()).map(InstrumentForm::of).orElse(null);
      PageMessages.refused(stale);
    } catch (NotFoundException | ConflictException refusal) {
      PageMessages.refused(refusal);
    }
  }

  /** After a conflict: save the administrator's input over the change they were shown. */
  public void overwrite() {
    if (conflict != null) {
      form.rebaseOn(conflict.getVersion());
    }
    save();
  }

  /** After a conflict: drop the input and edit what the register says now. */
  public void takeTheirs() {
    if (conflict != null) {
      form = conflict;
      conflict = null;
    }
  }

  public void retire(long id) {
    act(() -> register.retire(id), "instruments.retired");
  }

  public void reactivate(long id) {
    act(() -> register.reactivate(id), "instruments.reactivated");
  }

  /** Deletes an instrument, once the administrator confirmed; refused while a proposal names it. */
  public void delete(long id) {
    act(
        () -> {
          InstrumentView gone = register.get(id);
          register.delete(id);
          return gone;
        },
        "instruments.deleted");
  }

  private void act(Supplier<InstrumentView> change, String done) {
    try {
      PageMessages.info(done, change.get().name());
    } catch (NotFoundException | ConflictException refusal) {
      PageMessages.refused(refusal);
    }
    load();
  }

  public List<InstrumentView> getInstruments() {
    if (instruments == null) {
      load();
    }
    return instruments;
  }

  public InstrumentForm getForm() {
    return form;
  }

  /** What the register says now about the instrument being edited, after a conflict; else null. */
  public InstrumentForm getConflict() {
    return conflict;
  }

  public RegisterFilter getFilter() {
    return filter;
  }

  public List<InstrumentKind> getKinds() {
    return List.of(InstrumentKind.values());
  }

  public List<Reversibility> getReversibilities() {
    return List.of(Reversibility.values());
  }

  public List<Agency> getAgencies() {
    return List.of(Agency.values());
  }

  public List<Integer> getTiers() {
    return RegisterFilter.TIERS;
  }
}
