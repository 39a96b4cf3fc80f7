package org.parley.ledger.web;

import java.io.Serializable;
import org.parley.ledger.application.InstrumentView;
import org.parley.ledger.domain.InstrumentDetails;
import org.parley.ledger.domain.InstrumentKind;
import org.parley.shared.Agency;
import org.parley.shared.Reversibility;

/**
 * The instrument dialog's input on {@code admin/instruments.xhtml}: a new instrument ({@code id}
 * null) or the one being edited with the version it was read at. Also the snapshot of what the
 * register says when an edit met someone else's change.
 */
public class InstrumentForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private long version;
  private String name;
  private InstrumentKind kind;
  private Integer tier;
  private Reversibility reversibility;
  private Agency owningAgency;
  private String notes;
  private String estimatedCost;
  private String legalBasis;

  /** An empty form for a new instrument. */
  public static InstrumentForm blank() {
    return new InstrumentForm();
  }

  /** The form filled with what the register says about {@code instrument}. */
  public static InstrumentForm of(InstrumentView instrument) {
    InstrumentForm form = new InstrumentForm();
    form.id = instrument.id();
    form.version = instrument.version();
    form.name = instrument.name();
    form.kind = instrument.kind();
    form.tier = instrument.tier();
    form.reversibility = instrument.reversibility();
    form.owningAgency = instrument.owningAgency();
    form.notes = instrument.notes();
    form.estimatedCost = instrument.estimatedCost();
    form.legalBasis = instrument.legalBasis();
    return form;
  }

  /** What the form says, for the service. The page requires every choice before it gets here. */
  public InstrumentDetails details() {
    return new InstrumentDetails(
        name == null ? "" : name,
        kind,
        tier == null ? 0 : tier,
        reversibility,
        owningAgency,
        notes,
        estimatedCost,
        legalBasis);
  }

  public boolean isCreating() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  /** After a conflict the administrator chose to overwrite: edit on top of {@code current}. */
  void rebaseOn(long currentVersion) {
    this.version = currentVersion;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public InstrumentKind getKind() {
    return kind;
  }

  public void setKind(InstrumentKind kind) {
    this.kind = kind;
  }

  public Integer getTier() {
    return tier;
  }

  public void setTier(Integer tier) {
    this.tier = tier;
  }

  public Reversibility getReversibility() {
    return reversibility;
  }

  public void setReversibility(Reversibility reversibility) {
    this.reversibility = reversibility;
  }

  public Agency getOwningAgency() {
    return owningAgency;
  }

  public void setOwningAgency(Agency owningAgency) {
    this.owningAgency = owningAgency;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getEstimatedCost() {
    return estimatedCost;
  }

  public void setEstimatedCost(String estimatedCost) {
    this.estimatedCost = estimatedCost;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public void setLegalBasis(String legalBasis) {
    this.legalBasis = legalBasis;
  }
}
