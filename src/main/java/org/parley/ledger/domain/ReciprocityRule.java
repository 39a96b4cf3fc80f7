package org.parley.ledger.domain;

import java.util.List;

/** One named rule of the reciprocity check: a pure function of the ledger. */
public interface ReciprocityRule {

  RuleName name();

  /** What the rule finds in {@code ledger}; empty when nothing. */
  List<Finding> check(Ledger ledger);
}
