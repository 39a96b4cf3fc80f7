package org.parley.clearance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import org.parley.access.application.RequiresPermission;
import org.parley.access.domain.Permission;
import org.parley.clearance.domain.ClearanceRepository;
import org.parley.clearance.domain.RoutingCriterion;
import org.parley.clearance.domain.RoutingRule;
import org.parley.proposal.domain.OurCategory;
import org.parley.proposal.domain.TheirCategory;
import org.parley.shared.Agency;
import org.parley.shared.ConflictException;
import org.parley.shared.InvalidInputException;
import org.parley.shared.NotFoundException;
import org.parley.shared.Verification;

/**
 * The administrator keeps the routing rules: which agency must clear a proposal whose ledger shows
 * a given category or verification. Rules take effect at the next submission; rounds already open
 * keep their agencies. Administrators only (the {@code /admin} pages are limited to them as well).
 * Rule changes are not audited: the audit trail records what happens to proposals.
 */
@ApplicationScoped
@Transactional
@RequiresPermission(Permission.MANAGE_ROUTING_RULES)
public class RoutingRuleService {

  private ClearanceRepository rules;

  /** For the CDI proxy only. */
  protected RoutingRuleService() {}

  @Inject
  RoutingRuleService(ClearanceRepository rules) {
    this.rules = rules;
  }

  /** Every routing rule, ordered by criterion, value and agency. */
  public List<RoutingRuleView> rules() {
    return rules.routingRules().stream().map(RoutingRuleView::of).toList();
  }

  /**
   * The values a rule on {@code criterion} may name: the constant names of the ledger's categories
   * (ours or theirs) or verification methods.
   */
  public List<String> values(RoutingCriterion criterion) {
    return valuesOf(criterion);
  }

  /** The agencies a rule may route to: all but State, which clears every proposal anyway. */
  public List<Agency> agencies() {
    return Arrays.stream(Agency.values()).filter(agency -> agency != Agency.STATE).toList();
  }

  /**
   * Adds the rule "a ledger showing {@code criterion = value} must be cleared by {@code agency}".
   * Refused when a value is missing or not one {@link #values} lists, when the agency is State
   * (State clears every proposal without a rule), and when the same rule exists already.
   */
  public RoutingRuleView add(RoutingCriterion criterion, String value, Agency agency) {
    if (criterion == null) {
      throw new InvalidInputException("criterion", "Choose what the rule looks at.");
    }
    if (value == null || !valuesOf(criterion).contains(value)) {
      throw new InvalidInputException(
          "value", "Choose one of the values of " + criterion + " for the rule to look for.");
    }
    if (agency == null) {
      throw new InvalidInputException("agency", "Choose the agency the rule routes to.");
    }
    if (agency == Agency.STATE) {
      throw new InvalidInputException(
          "agency", "State clears every proposal already; it needs no routing rule.");
    }
    boolean exists =
        rules.routingRules().stream()
            .anyMatch(
                rule ->
                    rule.getCriterion() == criterion
                        && rule.getValue().equals(value)
                        && rule.getAgency() == agency);
    if (exists) {
      throw new ConflictException(
          "This rule exists already: " + criterion + " " + value + " → " + agency + ".");
    }
    RoutingRule rule = new RoutingRule(criterion, value, agency);
    rules.add(rule);
    return RoutingRuleView.of(rule);
  }

  /** Deletes a routing rule; "not found" when there is no such rule (any more). */
  public void remove(long id) {
    RoutingRule rule =
        rules
            .findRule(id)
            .orElseThrow(() -> new NotFoundException("There is no such routing rule."));
    rules.remove(rule);
  }

  static List<String> valuesOf(RoutingCriterion criterion) {
    Enum<?>[] constants =
        switch (criterion) {
          case OUR_CATEGORY -> OurCategory.values();
          case THEIR_CATEGORY -> TheirCategory.values();
          case VERIFICATION -> Verification.values();
        };
    return Arrays.stream(constants).map(Enum::name).toList();
  }
}
