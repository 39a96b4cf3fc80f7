package org.parley.decision.domain;

import java.util.List;

/** Decisions, in the order they were taken. */
public interface DecisionRepository {

  void add(Decision decision);

  List<Decision> findByProposal(long proposalId);
}
