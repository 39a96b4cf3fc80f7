package org.parley.clearance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parley.clearance.application.RoutingRuleService;
import org.parley.clearance.application.RoutingRuleView;
import org.parley.clearance.domain.RoutingCriterion;
import org.parley.platform.faces.PageMessages;
import org.parley.shared.Agency;
import org.parley.shared.ConflictException;
import org.parley.shared.InvalidInputException;

/**
 * The administrator's routing rules ({@code admin/routing-rules.xhtml}): the table of rules, a form
 * to add one, and deletion after confirmation.
 */
@Named
@ViewScoped
public class RoutingRulesBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RoutingRuleService routing;

  private RoutingCriterion criterion;
  private String value;
  private Agency agency;
  private List<String> values = List.of();

  /** What the page shows; not replicated with the session, reloaded where it is missing. */
  private transient List<RoutingRuleView> rules;

  /** Loads the rules. */
  public void load() {
    rules = routing.rules();
  }

  /** The criterion changed: offer its values. */
  public void criterionChanged() {
    values = criterion == null ? List.of() : routing.values(criterion);
    value = null;
  }

  /** Adds the rule given in the form. */
  public void add() {
    try {
      routing.add(criterion, value, agency);
      PageMessages.info("routing.added");
    } catch (InvalidInputException e) {
      PageMessages.invalid(e);
      return;
    } catch (ConflictException e) {
      PageMessages.refused(e);
      return;
    }
    criterion = null;
    value = null;
    agency = null;
    values = List.of();
    load();
  }

  /** Deletes a rule, once the administrator confirmed. */
  public void remove(long id) {
    routing.remove(id);
    PageMessages.info("routing.removed");
    load();
  }

  public List<RoutingRuleView> getRules() {
    if (rules == null) {
      load();
    }
    return rules;
  }

  public RoutingCriterion[] getCriteria() {
    return RoutingCriterion.values();
  }

  public List<Agency> getAgencies() {
    return routing.agencies();
  }

  public List<String> getValues() {
    return values;
  }

  public RoutingCriterion getCriterion() {
    return criterion;
  }

  public void setCriterion(RoutingCriterion criterion) {
    this.criterion = criterion;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  public Agency getAgency() {
    return agency;
  }

  public void setAgency(Agency agency) {
    this.agency = agency;
  }
}
