package org.parley.proposal.application;

import java.util.List;
import org.parley.proposal.domain.OurAction;
import org.parley.proposal.domain.OurCategory;
import org.parley.proposal.domain.ProposalContent;
import org.parley.proposal.domain.ReciprocalStep;
import org.parley.proposal.domain.TheirAction;
import org.parley.proposal.domain.TheirCategory;
import org.parley.shared.Reversibility;
import org.parley.shared.Verification;

/**
 * One reciprocal step as other features read it (the decision memo prints them): both sides as
 * values, either {@code null} while a draft still lacks it.
 */
public record LedgerStepView(Ours ours, Theirs theirs) {

  /**
   * Our side.
   *
   * @param instrumentId the instrument of the leverage register it spends, {@code null} if none
   */
  public record Ours(
      OurCategory category, String description, Reversibility reversibility, Long instrumentId) {}

  /** Their side, with how we would verify it. */
  public record Theirs(
      TheirCategory category,
      String description,
      Reversibility reversibility,
      Verification verification) {}

  /** The steps of {@code content}, phase by phase, in order. */
  public static List<List<LedgerStepView>> of(ProposalContent content) {
    return content.phases().stream()
        .map(phase -> phase.steps().stream().map(LedgerStepView::of).toList())
        .toList();
  }

  static LedgerStepView of(ReciprocalStep step) {
    return new LedgerStepView(
        step.ours().map(LedgerStepView::ours).orElse(null),
        step.theirs().map(LedgerStepView::theirs).orElse(null));
  }

  private static Ours ours(OurAction ours) {
    return new Ours(
        ours.category(),
        ours.description(),
        ours.reversibility(),
        ours.instrumentId().orElse(null));
  }

  private static Theirs theirs(TheirAction theirs) {
    return new Theirs(
        theirs.category(), theirs.description(), theirs.reversibility(), theirs.verification());
  }
}
