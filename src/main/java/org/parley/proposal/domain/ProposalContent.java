package org.parley.proposal.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.ledger.domain.LedgerDraft;
import org.parley.shared.Classification;
import org.parley.shared.PlainText;

/**
 * What a proposal says: the part drafters edit and every submission freezes into a {@link
 * ProposalVersion}. Values are checked for presence and length where they enter (REST or page);
 * completeness for submission is checked by {@link #incompleteness()}.
 */
public record ProposalContent(
    String title, String summary, Classification classification, List<PhaseContent> phases) {

  public static final int MAX_TITLE = 200;
  public static final int MAX_SUMMARY = 4000;

  public ProposalContent {
    Objects.requireNonNull(title);
    Objects.requireNonNull(summary);
    Objects.requireNonNull(classification);
    phases = List.copyOf(phases);
  }

  /** Why this content cannot go to clearance yet, or empty when it can. */
  public Optional<String> incompleteness() {
    if (phases.isEmpty()) {
      return Optional.of("A proposal needs at least one phase.");
    }
    for (int p = 0; p < phases.size(); p++) {
      List<ReciprocalStep> steps = phases.get(p).steps();
      if (steps.isEmpty()) {
        return Optional.of("Phase " + (p + 1) + " has no reciprocal step.");
      }
      for (int s = 0; s < steps.size(); s++) {
        if (steps.get(s).ours().isEmpty()) {
          return Optional.of("Phase " + (p + 1) + ", step " + (s + 1) + " has no action of ours.");
        }
        if (steps.get(s).theirs().isEmpty()) {
          return Optional.of(
              "Phase " + (p + 1) + ", step " + (s + 1) + " has no action of theirs.");
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Refuses a text that is too long or carries a character Parley does not accept ({@link
   * PlainText}): titles are one line, the summary and descriptions may have several. The refusal
   * names the field as the REST API does ({@code phases[0].steps[1].ours.description}).
   */
  public void requirePlainText() {
    PlainText.oneLine("title", title, MAX_TITLE);
    PlainText.multiLine("summary", summary, MAX_SUMMARY);
    for (int p = 0; p < phases.size(); p++) {
      String phase = "phases[" + p + "]";
      PlainText.oneLine(phase + ".title", phases.get(p).title(), PhaseContent.MAX_TITLE);
      List<ReciprocalStep> steps = phases.get(p).steps();
      for (int s = 0; s < steps.size(); s++) {
        String step = phase + ".steps[" + s + "]";
        steps
            .get(s)
            .ours()
            .ifPresent(
                ours ->
                    PlainText.multiLine(
                        step + ".ours.description", ours.description(), OurAction.MAX_DESCRIPTION));
        steps
            .get(s)
            .theirs()
            .ifPresent(
                theirs ->
                    PlainText.multiLine(
                        step + ".theirs.description",
                        theirs.description(),
                        TheirAction.MAX_DESCRIPTION));
      }
    }
  }

  /** What the reciprocity check reads of the ledger: per phase, its steps' terms in order. */
  public LedgerDraft ledgerDraft() {
    return new LedgerDraft(
        phases.stream()
            .map(phase -> phase.steps().stream().map(ReciprocalStep::terms).toList())
            .toList());
  }

  /** Every step of every phase, in order. */
  public List<ReciprocalStep> allSteps() {
    return phases.stream().flatMap(phase -> phase.steps().stream()).toList();
  }
}
