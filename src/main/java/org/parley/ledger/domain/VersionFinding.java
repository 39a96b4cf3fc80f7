package org.parley.ledger.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A finding a version was submitted with. Written once in the submitting transaction and never
 * changed: what reviewers and deciders saw stays what they saw, whatever the register says later.
 */
@Entity
@Table(name = "version_finding")
public class VersionFinding {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "version_finding_seq")
  @SequenceGenerator(
      name = "version_finding_seq",
      sequenceName = "version_finding_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "proposal_id", nullable = false)
  private Long proposalId;

  @Column(name = "version_number", nullable = false)
  private int versionNumber;

  @Column(nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private RuleName rule;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Severity severity;

  @Column(name = "phase_number")
  private Integer phaseNumber;

  @Column(name = "step_number")
  private Integer stepNumber;

  @Column(nullable = false, length = Finding.MAX_EXPLANATION)
  private String explanation;

  protected VersionFinding() {}

  public VersionFinding(long proposalId, int versionNumber, int position, Finding finding) {
    this.proposalId = proposalId;
    this.versionNumber = versionNumber;
    this.position = position;
    this.rule = finding.rule();
    this.severity = finding.severity();
    this.phaseNumber = finding.phaseNumber();
    this.stepNumber = finding.stepNumber();
    this.explanation =
        finding.explanation().length() > Finding.MAX_EXPLANATION
            ? finding.explanation().substring(0, Finding.MAX_EXPLANATION)
            : finding.explanation();
  }

  public Finding finding() {
    return new Finding(rule, severity, phaseNumber, stepNumber, explanation);
  }
}
