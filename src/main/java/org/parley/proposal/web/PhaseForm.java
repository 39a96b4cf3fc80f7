package org.parley.proposal.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.parley.ledger.domain.StepTerms;
import org.parley.proposal.domain.PhaseContent;

/** One phase in the proposal editor: its title and its steps in order. */
public class PhaseForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String title;
  private final List<StepForm> steps = new ArrayList<>();

  static PhaseForm of(PhaseContent content) {
    PhaseForm phase = new PhaseForm();
    phase.title = content.title();
    content.steps().forEach(step -> phase.steps.add(StepForm.of(step)));
    return phase;
  }

  PhaseContent toContent() {
    return new PhaseContent(
        title == null ? "" : title.strip(), steps.stream().map(StepForm::toStep).toList());
  }

  /** Its steps' terms as filled in so far ({@link StepForm#terms}). */
  List<StepTerms> terms() {
    return steps.stream().map(StepForm::terms).toList();
  }

  public void addStep() {
    steps.add(new StepForm());
  }

  public void removeStep(StepForm step) {
    steps.remove(step);
  }

  /** Moves {@code step} one place up ({@code -1}) or down ({@code +1}), if it can. */
  public void moveStep(StepForm step, int delta) {
    ProposalForm.move(steps, step, delta);
  }

  public List<StepForm> getSteps() {
    return steps;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }
}
