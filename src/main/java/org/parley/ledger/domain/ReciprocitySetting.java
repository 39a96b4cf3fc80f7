package org.parley.ledger.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.parley.shared.InvalidInputException;

/** The administrator's setting of the reciprocity check: one row (V0020). */
@Entity
@Table(name = "reciprocity_setting")
public class ReciprocitySetting {

  /** The one row's id. */
  public static final int ID = 1;

  public static final int MAX_THRESHOLD = 1000;

  @Id private Integer id;

  @Column(name = "front_loading_threshold", nullable = false)
  private int frontLoadingThreshold;

  @Version private long version;

  protected ReciprocitySetting() {}

  /**
   * How many leverage points we may be ahead at the end of a phase before {@link FrontLoading}
   * warns; 0 to {@value #MAX_THRESHOLD}.
   */
  public void changeFrontLoadingThreshold(int threshold) {
    if (threshold < 0 || threshold > MAX_THRESHOLD) {
      throw new InvalidInputException(
          "frontLoadingThreshold",
          "The front-loading threshold is a number of leverage points from 0 to "
              + MAX_THRESHOLD
              + ".");
    }
    this.frontLoadingThreshold = threshold;
  }

  public int getFrontLoadingThreshold() {
    return frontLoadingThreshold;
  }

  public long getVersion() {
    return version;
  }
}
