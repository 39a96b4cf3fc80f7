package org.parley.proposal.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.parley.proposal.domain.OurCategory;
import org.parley.proposal.domain.TheirCategory;
import org.parley.shared.Classification;
import org.parley.shared.Reversibility;
import org.parley.shared.Verification;

/**
 * What the proposal editor's menus offer. Classifications stop at the editor's own clearance (the
 * service refuses anything above it in any case); instruments are those of the leverage register a
 * drafter may choose ({@link InstrumentChoice#offered}).
 */
public final class EditorChoices implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<Classification> classifications;
  private final List<InstrumentChoice> instruments;

  EditorChoices(Classification clearance, List<InstrumentChoice> instruments) {
    classifications = Arrays.stream(Classification.values()).filter(clearance::dominates).toList();
    this.instruments = List.copyOf(instruments);
  }

  public List<Classification> getClassifications() {
    return classifications;
  }

  public OurCategory[] getOurCategories() {
    return OurCategory.values();
  }

  public TheirCategory[] getTheirCategories() {
    return TheirCategory.values();
  }

  public Reversibility[] getReversibilities() {
    return Reversibility.values();
  }

  public Verification[] getVerifications() {
    return Verification.values();
  }

  /** The instruments our side of a step may spend. */
  public List<InstrumentChoice> getInstruments() {
    return instruments;
  }
}
