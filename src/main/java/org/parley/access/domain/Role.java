package org.parley.access.domain;

/**
 * What a user does in Parley. The constant names are the security role names: the identity store
 * returns them as groups, and pages and services check them with {@code isCallerInRole}.
 */
public enum Role {
  ENVOY_STAFF,
  ENVOY,
  AGENCY_REVIEWER,
  AGENCY_LEAD,
  DEPUTY,
  PRINCIPAL,
  ADMIN,
  AUDITOR
}
