package org.parley.proposal.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.parley.shared.Classification;

/**
 * The content of a proposal as it was submitted, numbered 1, 2, … per proposal. Immutable: once
 * written it is never updated (nothing here changes it), so a position taken on version 2 always
 * refers to exactly what the reviewer read.
 */
@Entity
@Table(name = "proposal_version")
public class ProposalVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_version_seq")
  @SequenceGenerator(
      name = "proposal_version_seq",
      sequenceName = "proposal_version_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "proposal_id", nullable = false)
  private Long proposalId;

  @Column(nullable = false)
  private int number;

  @Column(nullable = false, length = ProposalContent.MAX_TITLE)
  private String title;

  @Column(nullable = false, length = ProposalContent.MAX_SUMMARY)
  private String summary;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Classification classification;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "version_step", joinColumns = @JoinColumn(name = "version_id"))
  @OrderColumn(name = "step_order")
  private List<VersionStep> steps = new ArrayList<>();

  @Column(name = "submitted_by", nullable = false, length = 64)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  protected ProposalVersion() {}

  ProposalVersion(
      Long proposalId, int number, ProposalContent content, String submittedBy, Instant at) {
    this.proposalId = proposalId;
    this.number = number;
    this.title = content.title();
    this.summary = content.summary();
    this.classification = content.classification();
    for (int p = 0; p < content.phases().size(); p++) {
      PhaseContent phase = content.phases().get(p);
      for (ReciprocalStep step : phase.steps()) {
        steps.add(new VersionStep(p, phase.title(), step));
      }
    }
    this.submittedBy = submittedBy;
    this.submittedAt = at;
  }

  /** The content as submitted, phases rebuilt in order. */
  public ProposalContent content() {
    List<PhaseContent> phases = new ArrayList<>();
    List<ReciprocalStep> current = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      VersionStep row = steps.get(i);
      current.add(row.step());
      boolean lastOfPhase =
          i == steps.size() - 1 || steps.get(i + 1).phaseIndex() != row.phaseIndex();
      if (lastOfPhase) {
        phases.add(new PhaseContent(row.phaseTitle(), current));
        current = new ArrayList<>();
      }
    }
    return new ProposalContent(title, summary, classification, phases);
  }

  public Long getProposalId() {
    return proposalId;
  }

  public int getNumber() {
    return number;
  }

  public Classification getClassification() {
    return classification;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }
}
