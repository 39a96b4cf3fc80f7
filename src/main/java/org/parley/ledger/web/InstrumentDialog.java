package org.parley.ledger.web;

import java.io.Serializable;

/**
 * The register's add-or-edit dialog: the administrator's input, and, when a save met someone else's
 * change, what the register says now beside it, so that they choose which one stays.
 */
public class InstrumentDialog implements Serializable {

  private static final long serialVersionUID = 1L;

  private InstrumentForm form = InstrumentForm.blank();
  private InstrumentForm conflict;

  /** Opens the dialog for a new instrument. */
  public void startNew() {
    open(InstrumentForm.blank());
  }

  /** Opens the dialog on {@code shown}: a blank form, or an instrument as the register has it. */
  void open(InstrumentForm shown) {
    form = shown;
    conflict = null;
  }

  /** A save met another change: the register's version of the instrument, if it still exists. */
  void conflicted(InstrumentForm now) {
    conflict = now;
  }

  /** Keeps the input and saves it over the change shown. */
  void rebaseOnConflict() {
    if (conflict != null) {
      form.rebaseOn(conflict.getVersion());
    }
  }

  /** After a conflict: drops the input and edits what the register says now. */
  public void takeTheirs() {
    if (conflict != null) {
      open(conflict);
    }
  }

  public InstrumentForm getForm() {
    return form;
  }

  /** What the register says now about the instrument being edited, after a conflict; else null. */
  public InstrumentForm getConflict() {
    return conflict;
  }
}
