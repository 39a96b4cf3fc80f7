package org.parley.proposal.web;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.parley.ledger.domain.Finding;
import org.parley.ledger.domain.LedgerDraft;

/**
 * The proposal editor's live reciprocity findings. Faces asks for them many times while it renders
 * a page (the panel, each step's markers), so the check runs again only when the ledger the form
 * reads has changed since the last one. Not replicated with the session: on another node the next
 * request checks again.
 */
final class LiveFindings implements Serializable {

  private static final long serialVersionUID = 1L;

  private transient LedgerDraft checked;
  private transient List<Finding> findings;

  /** The findings of {@code draft}, from {@code check} unless it was the draft checked last. */
  List<Finding> of(LedgerDraft draft, Function<LedgerDraft, List<Finding>> check) {
    if (findings == null || !draft.equals(checked)) {
      findings = List.copyOf(check.apply(draft));
      checked = draft;
    }
    return findings;
  }

  /** Those of {@code findings} about one step, by the form's indexes (0 is the first). */
  static List<Finding> atStep(List<Finding> findings, int phaseIndex, int stepIndex) {
    return findings.stream()
        .filter(finding -> Objects.equals(finding.phaseNumber(), phaseIndex + 1))
        .filter(finding -> Objects.equals(finding.stepNumber(), stepIndex + 1))
        .toList();
  }
}
