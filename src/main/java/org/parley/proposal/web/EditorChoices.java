package org.parley.proposal.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.parley.proposal.domain.OurCategory;
import org.parley.proposal.domain.Reversibility;
import org.parley.proposal.domain.TheirCategory;
import org.parley.proposal.domain.Verification;
import org.parley.shared.Classification;

/**
 * What the proposal editor's menus offer. Classifications stop at the editor's own clearance (the
 * service refuses anything above it in any case).
 */
public final class EditorChoices implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<Classification> classifications;

  EditorChoices(Classification clearance) {
    classifications = Arrays.stream(Classification.values()).filter(clearance::dominates).toList();
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
}
