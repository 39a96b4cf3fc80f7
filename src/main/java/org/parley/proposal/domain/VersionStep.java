package org.parley.proposal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** One step of a frozen version, with the phase it stood in. Rows of {@code version_step}. */
@Embeddable
class VersionStep {

  @Column(name = "phase_index", nullable = false)
  private int phaseIndex;

  @Column(name = "phase_title", nullable = false, length = PhaseContent.MAX_TITLE)
  private String phaseTitle;

  @Embedded private ReciprocalStep step;

  protected VersionStep() {}

  VersionStep(int phaseIndex, String phaseTitle, ReciprocalStep step) {
    this.phaseIndex = phaseIndex;
    this.phaseTitle = phaseTitle;
    this.step = step;
  }

  int phaseIndex() {
    return phaseIndex;
  }

  String phaseTitle() {
    return phaseTitle;
  }

  ReciprocalStep step() {
    return step;
  }
}
