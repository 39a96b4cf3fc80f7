package org.parley.support;

import java.util.List;

/** The demo users that {@code -Dparley.demo=true} seeds (README), as the tests expect them. */
public final class DemoUsers {

  /** Every demo user's password, as README gives it. */
  public static final String PASSWORD = "Parley-Demo-2026";

  /** One demo user: username, display name, role, agency (null for none) and clearance. */
  public record DemoUser(
      String username, String displayName, String role, String agency, String clearance) {

    @Override
    public String toString() {
      return username;
    }
  }

  public static final List<DemoUser> ALL =
      List.of(
          new DemoUser("drafter", "Dana Drafter", "ENVOY_STAFF", null, "SECRET"),
          new DemoUser("envoy", "Evan Envoy", "ENVOY", null, "TOP_SECRET"),
          new DemoUser("state", "Sam State", "AGENCY_REVIEWER", "STATE", "SECRET"),
          new DemoUser("defense", "Dee Defense", "AGENCY_REVIEWER", "DEFENSE", "SECRET"),
          new DemoUser("energy", "Erin Energy", "AGENCY_REVIEWER", "ENERGY", "SECRET"),
          new DemoUser("treasury", "Terry Treasury", "AGENCY_REVIEWER", "TREASURY", "SECRET"),
          new DemoUser("ic", "Ira Intelligence", "AGENCY_REVIEWER", "IC", "SECRET"),
          new DemoUser("nsc", "Nia NSC", "AGENCY_REVIEWER", "NSC", "SECRET"),
          new DemoUser("state-lead", "Lee State", "AGENCY_LEAD", "STATE", "SECRET"),
          new DemoUser("deputy", "Drew Deputy", "DEPUTY", null, "TOP_SECRET"),
          new DemoUser("principal", "Pat Principal", "PRINCIPAL", null, "TOP_SECRET"),
          new DemoUser("admin", "Ada Admin", "ADMIN", null, "SECRET"),
          new DemoUser("auditor", "Audrey Auditor", "AUDITOR", null, "SECRET"),
          new DemoUser("analyst", "Alex Analyst", "AGENCY_REVIEWER", "STATE", "CONFIDENTIAL"),
          new DemoUser("iran-envoy", "Robin Rahimi", "ENVOY", null, "SECRET"));

  private DemoUsers() {}
}
