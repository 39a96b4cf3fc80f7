package org.parley.proposal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.Optional;
import org.parley.shared.Reversibility;

/**
 * What we give in a reciprocal step, and the instrument of the leverage register it spends, if any
 * (by id: the register belongs to the ledger feature). Immutable.
 */
@Embeddable
public class OurAction {

  public static final int MAX_DESCRIPTION = 2000;

  @Enumerated(EnumType.STRING)
  @Column(name = "ours_category", length = 32)
  private OurCategory category;

  @Column(name = "ours_description", length = MAX_DESCRIPTION)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "ours_reversibility", length = 32)
  private Reversibility reversibility;

  @Column(name = "ours_instrument_id")
  private Long instrumentId;

  protected OurAction() {}

  /** Our action, spending no instrument of the leverage register. */
  public OurAction(OurCategory category, String description, Reversibility reversibility) {
    this(category, description, reversibility, null);
  }

  /**
   * Our action.
   *
   * @param instrumentId the instrument of the leverage register it spends, or {@code null}
   */
  public OurAction(
      OurCategory category, String description, Reversibility reversibility, Long instrumentId) {
    this.category = Objects.requireNonNull(category);
    this.description = Objects.requireNonNull(description);
    this.reversibility = Objects.requireNonNull(reversibility);
    this.instrumentId = instrumentId;
  }

  public OurCategory category() {
    return category;
  }

  public String description() {
    return description;
  }

  public Reversibility reversibility() {
    return reversibility;
  }

  /** The instrument of the leverage register this action spends. */
  public Optional<Long> instrumentId() {
    return Optional.ofNullable(instrumentId);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OurAction that
        && category == that.category
        && description.equals(that.description)
        && reversibility == that.reversibility
        && Objects.equals(instrumentId, that.instrumentId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(category, description, reversibility, instrumentId);
  }
}
