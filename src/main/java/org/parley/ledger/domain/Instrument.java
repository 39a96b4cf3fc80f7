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
import jakarta.persistence.Version;
import org.parley.shared.Agency;
import org.parley.shared.Reversibility;

/**
 * An instrument of the leverage register: something we hold and may spend on our side of a
 * reciprocal step (a UN sanction, a combined exercise, a liaison office…). Once a step names it, it
 * is never deleted, only retired: retired instruments cannot be newly chosen.
 */
@Entity
@Table(name = "instrument")
public class Instrument {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "instrument_seq")
  @SequenceGenerator(name = "instrument_seq", sequenceName = "instrument_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = InstrumentDetails.MAX_NAME)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private InstrumentKind kind;

  @Column(nullable = false)
  private int tier;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Reversibility reversibility;

  @Enumerated(EnumType.STRING)
  @Column(name = "owning_agency", nullable = false, length = 16)
  private Agency owningAgency;

  @Column(length = InstrumentDetails.MAX_NOTES)
  private String notes;

  @Column(name = "estimated_cost", length = InstrumentDetails.MAX_ESTIMATED_COST)
  private String estimatedCost;

  @Column(name = "legal_basis", length = InstrumentDetails.MAX_LEGAL_BASIS)
  private String legalBasis;

  @Column(nullable = false)
  private boolean retired;

  @Version private long version;

  protected Instrument() {}

  /**
   * A new, active instrument; {@code details} must be valid ({@link
   * InstrumentDetails#requireValid}).
   */
  public Instrument(InstrumentDetails details) {
    revise(details);
  }

  /** Replaces what the register says about the instrument. */
  public void revise(InstrumentDetails details) {
    details.requireValid();
    this.name = details.name().strip();
    this.kind = details.kind();
    this.tier = details.tier();
    this.reversibility = details.reversibility();
    this.owningAgency = details.owningAgency();
    this.notes = details.notes();
    this.estimatedCost = details.estimatedCost();
    this.legalBasis = details.legalBasis();
  }

  /** Takes the instrument out of use: steps that name it keep it, no new step may choose it. */
  public void retire() {
    retired = true;
  }

  /** Puts a retired instrument back in use. */
  public void reactivate() {
    retired = false;
  }

  public InstrumentDetails details() {
    return new InstrumentDetails(
        name, kind, tier, reversibility, owningAgency, notes, estimatedCost, legalBasis);
  }

  /** What the reciprocity rules read of it. */
  public InstrumentTerms terms() {
    return new InstrumentTerms(id, name, tier, retired);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public int getTier() {
    return tier;
  }

  public boolean isRetired() {
    return retired;
  }

  public long getVersion() {
    return version;
  }
}
