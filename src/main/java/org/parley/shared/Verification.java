package org.parley.shared;

/** How the counterpart's action is verified. The constant names are used as-is in REST payloads. */
public enum Verification {
  NONE,
  SELF_DECLARATION,
  NATIONAL_TECHNICAL_MEANS,
  IAEA_INSPECTION,
  CONTINUOUS_ON_SITE
}
