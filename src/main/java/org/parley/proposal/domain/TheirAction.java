package org.parley.proposal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.parley.shared.Reversibility;
import org.parley.shared.Verification;

/** What the counterpart gives in a reciprocal step, and how we would verify it. Immutable. */
@Embeddable
public class TheirAction {

  public static final int MAX_DESCRIPTION = 2000;

  @Enumerated(EnumType.STRING)
  @Column(name = "theirs_category", length = 32)
  private TheirCategory category;

  @Column(name = "theirs_description", length = MAX_DESCRIPTION)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "theirs_reversibility", length = 32)
  private Reversibility reversibility;

  @Enumerated(EnumType.STRING)
  @Column(name = "theirs_verification", length = 32)
  private Verification verification;

  protected TheirAction() {}

  public TheirAction(
      TheirCategory category,
      String description,
      Reversibility reversibility,
      Verification verification) {
    this.category = Objects.requireNonNull(category);
    this.description = Objects.requireNonNull(description);
    this.reversibility = Objects.requireNonNull(reversibility);
    this.verification = Objects.requireNonNull(verification);
  }

  public TheirCategory category() {
    return category;
  }

  public String description() {
    return description;
  }

  public Reversibility reversibility() {
    return reversibility;
  }

  public Verification verification() {
    return verification;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TheirAction that
        && category == that.category
        && description.equals(that.description)
        && reversibility == that.reversibility
        && verification == that.verification;
  }

  @Override
  public int hashCode() {
    return Objects.hash(category, description, reversibility, verification);
  }
}
