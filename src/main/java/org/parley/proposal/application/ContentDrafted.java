package org.parley.proposal.application;

import org.parley.proposal.domain.ProposalContent;

/**
 * A drafter is about to store this content, inside the drafting transaction (create or revise),
 * after Parley's own checks. The ledger feature observes it synchronously to check the instruments
 * the ledger names; an {@link org.parley.shared.InvalidInputException} from an observer stops the
 * save and nothing is written.
 *
 * @param previous the content stored before, {@code null} for a new proposal
 */
public record ContentDrafted(ProposalContent previous, ProposalContent content) {}
