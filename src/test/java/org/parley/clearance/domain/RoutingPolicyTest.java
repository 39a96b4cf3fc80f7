package org.parley.clearance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.shared.Agency;

/**
 * The agencies that must clear a version: State always, each agency whose seeded default rule
 * matches the ledger, and the agencies the envoy added, each once.
 */
class RoutingPolicyTest {

  static Stream<Named<RoutingRule>> everyDefaultRule() {
    return ClearanceFixtures.defaultRules().stream().map(rule -> Named.of(describe(rule), rule));
  }

  @Test
  void theRulesOfTheseTestsAreExactlyTheSeededDefaults() throws IOException {
    assertEquals(
        seededRules(),
        ClearanceFixtures.defaultRules().stream().map(RoutingPolicyTest::describe).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyDefaultRule")
  void aDefaultRuleSelectsItsAgencyBesidesState(RoutingRule rule) {
    RoutingFacts ledger = ClearanceFixtures.neutralLedgerWith(rule.getCriterion(), rule.getValue());

    Set<Agency> required =
        RoutingPolicy.requiredAgencies(ClearanceFixtures.defaultRules(), ledger, Set.of());

    assertEquals(EnumSet.of(Agency.STATE, rule.getAgency()), required);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyDefaultRule")
  void aRuleOnItsOwnSelectsItsAgencyOnlyWhenTheLedgerShowsItsValue(RoutingRule rule) {
    RoutingFacts matching =
        ClearanceFixtures.neutralLedgerWith(rule.getCriterion(), rule.getValue());

    assertEquals(true, rule.matches(matching));
    assertEquals(false, rule.matches(ClearanceFixtures.neutralLedger()));
  }

  @Test
  void aLedgerNoRuleMatchesIsClearedByStateAlone() {
    assertEquals(
        EnumSet.of(Agency.STATE),
        RoutingPolicy.requiredAgencies(
            ClearanceFixtures.defaultRules(), ClearanceFixtures.neutralLedger(), Set.of()));
  }

  @Test
  void stateClearsEvenWithoutAnyRule() {
    assertEquals(
        EnumSet.of(Agency.STATE),
        RoutingPolicy.requiredAgencies(List.of(), ClearanceFixtures.yongbyonLedger(), Set.of()));
  }

  @Test
  void theYongbyonPackageGoesToStateTreasuryEnergyAndTheIntelligenceCommunity() {
    assertEquals(
        EnumSet.of(Agency.STATE, Agency.TREASURY, Agency.ENERGY, Agency.IC),
        RoutingPolicy.requiredAgencies(
            ClearanceFixtures.defaultRules(), ClearanceFixtures.yongbyonLedger(), Set.of()));
  }

  @Test
  void agenciesTheEnvoyAddedAreIncluded() {
    assertEquals(
        EnumSet.of(
            Agency.STATE, Agency.TREASURY, Agency.ENERGY, Agency.IC, Agency.NSC, Agency.DEFENSE),
        RoutingPolicy.requiredAgencies(
            ClearanceFixtures.defaultRules(),
            ClearanceFixtures.yongbyonLedger(),
            Set.of(Agency.NSC, Agency.DEFENSE)));
  }

  @Test
  void anAgencySelectedSeveralTimesIsRequiredOnce() {
    RoutingFacts everything =
        new RoutingFacts(
            Set.of(
                "SANCTIONS_RELIEF",
                "ECONOMIC_COOPERATION",
                "SECURITY_ASSURANCE",
                "EXERCISE_ADJUSTMENT"),
            Set.of(
                "MISSILE_LIMIT",
                "FREEZE",
                "DISMANTLEMENT",
                "INSPECTOR_ACCESS",
                "DECLARATION",
                "TEST_MORATORIUM"),
            Set.of("NATIONAL_TECHNICAL_MEANS", "IAEA_INSPECTION"));
    List<RoutingRule> rulesTwice = new ArrayList<>(ClearanceFixtures.defaultRules());
    rulesTwice.addAll(ClearanceFixtures.defaultRules());

    Set<Agency> required =
        RoutingPolicy.requiredAgencies(
            rulesTwice, everything, List.of(Agency.STATE, Agency.TREASURY, Agency.TREASURY));

    assertEquals(
        EnumSet.of(Agency.STATE, Agency.DEFENSE, Agency.ENERGY, Agency.TREASURY, Agency.IC),
        required);
    assertEquals(5, required.size());
  }

  private static String describe(RoutingRule rule) {
    return rule.getCriterion() + " " + rule.getValue() + " -> " + rule.getAgency();
  }

  /** The rules V0009 seeds, read from the migration itself. */
  private static List<String> seededRules() throws IOException {
    String sql;
    try (InputStream in =
        RoutingPolicyTest.class.getResourceAsStream(
            "/db/migration/V0009__seed_routing_rules.sql")) {
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher row = Pattern.compile("values \\(\\d+, '(\\w+)', '(\\w+)', '(\\w+)'\\)").matcher(sql);
    List<String> rules = new ArrayList<>();
    while (row.find()) {
      rules.add(row.group(1) + " " + row.group(2) + " -> " + row.group(3));
    }
    return rules;
  }
}
