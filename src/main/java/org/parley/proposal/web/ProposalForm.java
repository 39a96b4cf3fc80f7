package org.parley.proposal.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.ledger.domain.LedgerDraft;
import org.parley.proposal.application.ProposalView;
import org.parley.proposal.domain.ProposalContent;
import org.parley.shared.Classification;

/**
 * What the proposal editor edits: a mutable copy of a proposal's content that phases and steps are
 * added to, removed from and reordered in, turned into {@link ProposalContent} on save.
 */
public class ProposalForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long trackId;
  private String title;
  private String summary;
  private Classification classification = Classification.UNCLASSIFIED;
  private final List<PhaseForm> phases = new ArrayList<>();

  /** An empty draft with one empty phase to start from. */
  static ProposalForm blank(Long trackId) {
    ProposalForm form = new ProposalForm();
    form.trackId = trackId;
    form.addPhase();
    return form;
  }

  static ProposalForm of(ProposalView proposal) {
    ProposalForm form = new ProposalForm();
    form.trackId = proposal.trackId();
    form.title = proposal.title();
    form.summary = proposal.summary();
    form.classification = proposal.classification();
    proposal.phases().forEach(phase -> form.phases.add(PhaseForm.of(phase)));
    return form;
  }

  /** The content to save; a blank summary is saved as an empty one. */
  ProposalContent toContent() {
    return new ProposalContent(
        title == null ? "" : title.strip(),
        summary == null ? "" : summary.strip(),
        classification,
        phases.stream().map(PhaseForm::toContent).toList());
  }

  /**
   * The ledger as the form now reads, for the live reciprocity check: whatever is filled in, a side
   * only partly filled in included (only saving refuses that).
   */
  LedgerDraft ledgerDraft() {
    return new LedgerDraft(phases.stream().map(PhaseForm::terms).toList());
  }

  /** The instruments of the leverage register the form's steps spend. */
  Set<Long> instrumentIds() {
    return ledgerDraft().instrumentIds();
  }

  public void addPhase() {
    PhaseForm phase = new PhaseForm();
    phase.addStep();
    phases.add(phase);
  }

  public void removePhase(PhaseForm phase) {
    phases.remove(phase);
  }

  /** Moves {@code phase} one place up ({@code -1}) or down ({@code +1}), if it can. */
  public void movePhase(PhaseForm phase, int delta) {
    move(phases, phase, delta);
  }

  static <T> void move(List<T> list, T item, int delta) {
    int from = list.indexOf(item);
    int to = from + delta;
    if (from >= 0 && to >= 0 && to < list.size()) {
      list.add(to, list.remove(from));
    }
  }

  public List<PhaseForm> getPhases() {
    return phases;
  }

  public Long getTrackId() {
    return trackId;
  }

  public void setTrackId(Long trackId) {
    this.trackId = trackId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public Classification getClassification() {
    return classification;
  }

  public void setClassification(Classification classification) {
    this.classification = classification;
  }
}
