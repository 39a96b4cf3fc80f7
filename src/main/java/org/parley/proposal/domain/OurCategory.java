package org.parley.proposal.domain;

/**
 * Our side of a reciprocal step: what we give. The constant names are used as-is in REST payloads.
 */
public enum OurCategory {
  SANCTIONS_RELIEF,
  SECURITY_ASSURANCE,
  LIAISON_OFFICE,
  HUMANITARIAN_AID,
  EXERCISE_ADJUSTMENT,
  DIPLOMATIC_STEP,
  ECONOMIC_COOPERATION
}
