package org.parley.decision.web;

import java.io.Serializable;
import org.parley.decision.domain.DecisionOutcome;

/**
 * The decision form's input on {@code decisions/decide.xhtml}: the outcome, its rationale, the
 * conditions of an approval with conditions, and a principal's override justification.
 */
public class DecisionForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private DecisionOutcome outcome;
  private String rationale;
  private String conditions;
  private String overrideJustification;

  /**
   * What the form sends: conditions only with an approval with conditions, the justification only
   * when the decision overrides a blocking finding ({@code overriding}).
   */
  record Sent(DecisionOutcome outcome, String rationale, String conditions, String override) {}

  Sent sent(boolean overriding) {
    return new Sent(
        outcome,
        rationale,
        isWithConditions() ? conditions : null,
        overriding ? overrideJustification : null);
  }

  public boolean isWithConditions() {
    return outcome == DecisionOutcome.APPROVED_WITH_CONDITIONS;
  }

  public DecisionOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(DecisionOutcome outcome) {
    this.outcome = outcome;
  }

  public String getRationale() {
    return rationale;
  }

  public void setRationale(String rationale) {
    this.rationale = rationale;
  }

  public String getConditions() {
    return conditions;
  }

  public void setConditions(String conditions) {
    this.conditions = conditions;
  }

  public String getOverrideJustification() {
    return overrideJustification;
  }

  public void setOverrideJustification(String overrideJustification) {
    this.overrideJustification = overrideJustification;
  }
}
