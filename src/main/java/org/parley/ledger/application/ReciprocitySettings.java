package org.parley.ledger.application;

import org.parley.ledger.domain.ReciprocitySetting;

/**
 * The administrator's settings of the reciprocity check.
 *
 * @param frontLoadingThreshold leverage points we may be ahead at the end of a phase
 * @param version the optimistic-locking version: send it back to change them
 */
public record ReciprocitySettings(int frontLoadingThreshold, long version) {

  static ReciprocitySettings of(ReciprocitySetting setting) {
    return new ReciprocitySettings(setting.getFrontLoadingThreshold(), setting.getVersion());
  }
}
