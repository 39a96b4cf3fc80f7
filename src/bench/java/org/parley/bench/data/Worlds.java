package org.parley.bench.data;

import java.util.List;
import org.parley.clearance.domain.RoutingCriterion;
import org.parley.clearance.domain.RoutingRule;
import org.parley.shared.Agency;

/** A world for the unit tests: the generated tracks, the default register, the V0009 rules. */
final class Worlds {

  private Worlds() {}

  static World standard() {
    return new World(World.tracks(101), World.defaultRegister(1), defaultRules(), 2);
  }

  /** The default routing rules, as V0009 seeds them. */
  static List<RoutingRule> defaultRules() {
    return List.of(
        new RoutingRule(RoutingCriterion.OUR_CATEGORY, "SANCTIONS_RELIEF", Agency.TREASURY),
        new RoutingRule(RoutingCriterion.OUR_CATEGORY, "ECONOMIC_COOPERATION", Agency.TREASURY),
        new RoutingRule(RoutingCriterion.OUR_CATEGORY, "SECURITY_ASSURANCE", Agency.DEFENSE),
        new RoutingRule(RoutingCriterion.OUR_CATEGORY, "EXERCISE_ADJUSTMENT", Agency.DEFENSE),
        new RoutingRule(RoutingCriterion.THEIR_CATEGORY, "MISSILE_LIMIT", Agency.DEFENSE),
        new RoutingRule(RoutingCriterion.THEIR_CATEGORY, "FREEZE", Agency.ENERGY),
        new RoutingRule(RoutingCriterion.THEIR_CATEGORY, "DISMANTLEMENT", Agency.ENERGY),
        new RoutingRule(RoutingCriterion.THEIR_CATEGORY, "INSPECTOR_ACCESS", Agency.ENERGY),
        new RoutingRule(RoutingCriterion.THEIR_CATEGORY, "DECLARATION", Agency.ENERGY),
        new RoutingRule(RoutingCriterion.THEIR_CATEGORY, "TEST_MORATORIUM", Agency.ENERGY),
        new RoutingRule(RoutingCriterion.VERIFICATION, "NATIONAL_TECHNICAL_MEANS", Agency.IC),
        new RoutingRule(RoutingCriterion.VERIFICATION, "IAEA_INSPECTION", Agency.IC));
  }
}
