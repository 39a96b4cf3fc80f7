package org.parley.proposal.web;

import java.io.Serializable;
import org.parley.ledger.domain.StepTerms;
import org.parley.proposal.domain.OurAction;
import org.parley.proposal.domain.OurCategory;
import org.parley.proposal.domain.ReciprocalStep;
import org.parley.proposal.domain.TheirAction;
import org.parley.proposal.domain.TheirCategory;
import org.parley.shared.InvalidInputException;
import org.parley.shared.Reversibility;
import org.parley.shared.Verification;

/**
 * One reciprocal step in the proposal editor. A side whose fields are all empty is a side not
 * drafted yet; the page lets a side through only when all its fields are filled in or none is (the
 * instrument our side spends is optional, but names a side that is then needed).
 */
public class StepForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private OurCategory ourCategory;
  private String ourDescription;
  private Reversibility ourReversibility;
  private Long ourInstrumentId;
  private TheirCategory theirCategory;
  private String theirDescription;
  private Reversibility theirReversibility;
  private Verification theirVerification;

  static StepForm of(ReciprocalStep step) {
    StepForm form = new StepForm();
    step.ours()
        .ifPresent(
            ours -> {
              form.ourCategory = ours.category();
              form.ourDescription = ours.description();
              form.ourReversibility = ours.reversibility();
              form.ourInstrumentId = ours.instrumentId().orElse(null);
            });
    step.theirs()
        .ifPresent(
            theirs -> {
              form.theirCategory = theirs.category();
              form.theirDescription = theirs.description();
              form.theirReversibility = theirs.reversibility();
              form.theirVerification = theirs.verification();
            });
    return form;
  }

  ReciprocalStep toStep() {
    return new ReciprocalStep(ours(), theirs());
  }

  /**
   * What the live reciprocity check reads of the step as filled in so far. Never refuses a side
   * that is only partly filled in: saving does that ({@link #toStep}).
   */
  StepTerms terms() {
    return new StepTerms(ourReversibility, ourInstrumentId, theirReversibility, theirVerification);
  }

  private OurAction ours() {
    if (ourCategory == null
        && blank(ourDescription)
        && ourReversibility == null
        && ourInstrumentId == null) {
      return null;
    }
    if (ourCategory == null || blank(ourDescription) || ourReversibility == null) {
      throw new InvalidInputException("phases", "Our side of a step is only partly filled in.");
    }
    return new OurAction(ourCategory, ourDescription.strip(), ourReversibility, ourInstrumentId);
  }

  private TheirAction theirs() {
    if (theirCategory == null
        && blank(theirDescription)
        && theirReversibility == null
        && theirVerification == null) {
      return null;
    }
    if (theirCategory == null
        || blank(theirDescription)
        || theirReversibility == null
        || theirVerification == null) {
      throw new InvalidInputException("phases", "Their side of a step is only partly filled in.");
    }
    return new TheirAction(
        theirCategory, theirDescription.strip(), theirReversibility, theirVerification);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  public OurCategory getOurCategory() {
    return ourCategory;
  }

  public void setOurCategory(OurCategory ourCategory) {
    this.ourCategory = ourCategory;
  }

  public String getOurDescription() {
    return ourDescription;
  }

  public void setOurDescription(String ourDescription) {
    this.ourDescription = ourDescription;
  }

  public Reversibility getOurReversibility() {
    return ourReversibility;
  }

  public void setOurReversibility(Reversibility ourReversibility) {
    this.ourReversibility = ourReversibility;
  }

  /** The instrument of the leverage register our side spends; optional. */
  public Long getOurInstrumentId() {
    return ourInstrumentId;
  }

  public void setOurInstrumentId(Long ourInstrumentId) {
    this.ourInstrumentId = ourInstrumentId;
  }

  public TheirCategory getTheirCategory() {
    return theirCategory;
  }

  public void setTheirCategory(TheirCategory theirCategory) {
    this.theirCategory = theirCategory;
  }

  public String getTheirDescription() {
    return theirDescription;
  }

  public void setTheirDescription(String theirDescription) {
    this.theirDescription = theirDescription;
  }

  public Reversibility getTheirReversibility() {
    return theirReversibility;
  }

  public void setTheirReversibility(Reversibility theirReversibility) {
    this.theirReversibility = theirReversibility;
  }

  public Verification getTheirVerification() {
    return theirVerification;
  }

  public void setTheirVerification(Verification theirVerification) {
    this.theirVerification = theirVerification;
  }
}
