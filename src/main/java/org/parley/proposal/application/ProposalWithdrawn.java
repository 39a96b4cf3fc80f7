package org.parley.proposal.application;

/** A proposal has just been withdrawn, inside the withdrawing transaction. */
public record ProposalWithdrawn(long proposalId) {}
