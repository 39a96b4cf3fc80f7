package org.parley.ledger.domain;

import java.util.Locale;
import org.parley.shared.Reversibility;

/** How findings name things in plain words. */
final class Words {

  private Words() {}

  /** "easily reversible", "reversible at cost", "irreversible". */
  static String of(Reversibility reversibility) {
    return reversibility.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Whether {@code ours} is harder to take back than {@code theirs}. */
  static boolean harderToReverse(Reversibility ours, Reversibility theirs) {
    return LeveragePoints.weight(ours) > LeveragePoints.weight(theirs);
  }

  /** "«name», our best leverage (tier 1)" and the like. */
  static String instrument(InstrumentTerms instrument) {
    return "\u201c"
        + instrument.name()
        + "\u201d"
        + (instrument.isBestLeverage()
            ? ", our best leverage (tier 1)"
            : " (tier " + instrument.tier() + ")");
  }
}
