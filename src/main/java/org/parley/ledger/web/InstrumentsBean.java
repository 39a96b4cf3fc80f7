package org.parley.ledger.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.parley.ledger.application.InstrumentService;
import org.parley.ledger.application.InstrumentView;
import org.parley.platform.faces.PageMessages;
import org.parley.shared.ConflictException;
import org.parley.shared.InvalidInputException;
import org.parley.shared.NotFoundException;
import org.parley.shared.StaleVersionException;

/**
 * The leverage register as the administrator keeps it ({@code admin/instruments.xhtml}): the table
 * with its filters, the dialog to add or edit an instrument ({@link InstrumentDialog}), retire and
 * reactivate, and deletion after confirmation. When an edit meets someone else's change, the input
 * is kept and what the register says now is shown beside it.
 */
@Named
@ViewScoped
public class InstrumentsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private InstrumentService register;

  private final InstrumentDialog dialog = new InstrumentDialog();
  private final RegisterFilter filter = new RegisterFilter();

  /** What the page shows; not replicated with the session, reloaded where it is missing. */
  private transient List<InstrumentView> instruments;

  /** Loads the register (again, after a filter changed). */
  public void load() {
    instruments = filter.apply(register.all());
  }

  /** Opens the dialog on an instrument as the register has it now. */
  public void edit(long id) {
    try {
      dialog.open(InstrumentForm.of(register.get(id)));
    } catch (NotFoundException gone) {
      PageMessages.refused(gone);
      load();
    }
  }

  /** Adds or saves the instrument of the dialog; on success the page closes the dialog. */
  public void save() {
    InstrumentForm form = dialog.getForm();
    try {
      InstrumentView saved =
          form.isCreating()
              ? register.create(form.details())
              : register.update(form.getId(), form.getVersion(), form.details());
      PageMessages.info(
          form.isCreating() ? "instruments.created" : "instruments.saved", saved.name());
      dialog.startNew();
      load();
    } catch (InvalidInputException invalid) {
      PageMessages.invalid(invalid);
    } catch (StaleVersionException stale) {
      dialog.conflicted(register.find(form.getId()).map(InstrumentForm::of).orElse(null));
      PageMessages.refused(stale);
    } catch (NotFoundException | ConflictException refusal) {
      PageMessages.refused(refusal);
    }
  }

  /** After a conflict: save the administrator's input over the change they were shown. */
  public void overwrite() {
    dialog.rebaseOnConflict();
    save();
  }

  public void retire(long id) {
    act(() -> register.retire(id), "instruments.retired");
  }

  public void reactivate(long id) {
    act(() -> register.reactivate(id), "instruments.reactivated");
  }

  /** Deletes an instrument, once the administrator confirmed; refused while a proposal names it. */
  public void delete(long id) {
    act(() -> register.delete(id), "instruments.deleted");
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

  public InstrumentDialog getDialog() {
    return dialog;
  }

  public RegisterFilter getFilter() {
    return filter;
  }
}
