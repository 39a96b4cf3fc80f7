package org.parley.proposal.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.util.Objects;
import java.util.Optional;
import org.parley.ledger.domain.StepTerms;

/**
 * One action-for-action pair: our action and theirs. While a proposal is a draft either side may
 * still be missing; a proposal with an incomplete step cannot be submitted.
 */
@Embeddable
public class ReciprocalStep {

  @Embedded private OurAction ours;
  @Embedded private TheirAction theirs;

  protected ReciprocalStep() {}

  public ReciprocalStep(OurAction ours, TheirAction theirs) {
    this.ours = ours;
    this.theirs = theirs;
  }

  public Optional<OurAction> ours() {
    return Optional.ofNullable(ours);
  }

  public Optional<TheirAction> theirs() {
    return Optional.ofNullable(theirs);
  }

  /** What the reciprocity check reads of this step; a side not drafted yet contributes nothing. */
  public StepTerms terms() {
    return new StepTerms(
        ours == null ? null : ours.reversibility(),
        ours == null ? null : ours.instrumentId().orElse(null),
        theirs == null ? null : theirs.reversibility(),
        theirs == null ? null : theirs.verification());
  }

  public boolean isComplete() {
    return ours != null && theirs != null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReciprocalStep that
        && Objects.equals(ours, that.ours)
        && Objects.equals(theirs, that.theirs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ours, theirs);
  }
}
