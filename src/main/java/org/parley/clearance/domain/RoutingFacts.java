package org.parley.clearance.domain;

import java.util.Set;

/** What routing looks at in a proposal version's ledger: the constant names found in it. */
public record RoutingFacts(
    Set<String> ourCategories, Set<String> theirCategories, Set<String> verifications) {

  public RoutingFacts {
    ourCategories = Set.copyOf(ourCategories);
    theirCategories = Set.copyOf(theirCategories);
    verifications = Set.copyOf(verifications);
  }
}
