package org.parley.proposal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** What we give in a reciprocal step. Immutable. */
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

  protected OurAction() {}

  public OurAction(OurCategory category, String description, Reversibility reversibility) {
    this.category = Objects.requireNonNull(category);
    this.description = Objects.requireNonNull(description);
    this.reversibility = Objects.requireNonNull(reversibility);
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

  @Override
  public boolean equals(Object other) {
    return other instanceof OurAction that
        && category == that.category
        && description.equals(that.description)
        && reversibility == that.reversibility;
  }

  @Override
  public int hashCode() {
    return Objects.hash(category, description, reversibility);
  }
}
