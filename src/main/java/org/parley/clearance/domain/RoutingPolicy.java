package org.parley.clearance.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.parley.shared.Agency;

/**
 * Which agencies must clear a proposal version: State always, every agency whose rule matches the
 * ledger, and the agencies the envoy added for their substantial interest.
 */
public final class RoutingPolicy {

  private RoutingPolicy() {}

  public static Set<Agency> requiredAgencies(
      Collection<RoutingRule> rules, RoutingFacts facts, Collection<Agency> added) {
    Set<Agency> agencies = EnumSet.of(Agency.STATE);
    rules.stream()
        .filter(rule -> rule.matches(facts))
        .map(RoutingRule::getAgency)
        .forEach(agencies::add);
    agencies.addAll(added);
    return agencies;
  }
}
