package org.parley.proposal.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A phase of a proposal: part of the {@link Proposal} aggregate, never used on its own. */
@Entity
@Table(name = "proposal_phase")
class Phase {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_phase_seq")
  @SequenceGenerator(
      name = "proposal_phase_seq",
      sequenceName = "proposal_phase_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = PhaseContent.MAX_TITLE)
  private String title;

  @ElementCollection
  @CollectionTable(name = "proposal_step", joinColumns = @JoinColumn(name = "phase_id"))
  @OrderColumn(name = "step_order")
  private List<ReciprocalStep> steps = new ArrayList<>();

  protected Phase() {}

  Phase(PhaseContent content) {
    this.title = content.title();
    this.steps = new ArrayList<>(content.steps());
  }

  PhaseContent content() {
    return new PhaseContent(title, steps);
  }
}
