package org.parley.clearance.application;

import org.parley.clearance.domain.RoutingCriterion;
import org.parley.clearance.domain.RoutingRule;
import org.parley.shared.Agency;

/**
 * A routing rule as the administrator's page shows it: a ledger whose {@code criterion} shows
 * {@code value} (a constant name, e.g. {@code FREEZE}) must be cleared by {@code agency}.
 */
public record RoutingRuleView(long id, RoutingCriterion criterion, String value, Agency agency) {

  static RoutingRuleView of(RoutingRule rule) {
    return new RoutingRuleView(
        rule.getId(), rule.getCriterion(), rule.getValue(), rule.getAgency());
  }
}
