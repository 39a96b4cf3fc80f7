package org.parley.proposal.application;

/** What a decision does to the proposal's status. */
public enum Verdict {
  APPROVE,
  RETURN,
  REJECT
}
