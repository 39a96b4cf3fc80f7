package org.parley.proposal.application;

import java.util.Set;
import org.parley.proposal.domain.ProposalContent;

/**
 * A drafter is about to store this content, inside the drafting transaction (create or revise),
 * after Parley's own checks. The ledger feature observes it synchronously to check the instruments
 * the ledger names; an {@link org.parley.shared.InvalidInputException} from an observer stops the
 * save and nothing is written.
 *
 * @param instrumentsNamedBefore the instruments of the leverage register the stored draft named
 *     before this save (none for a new proposal)
 */
public record ContentDrafted(Set<Long> instrumentsNamedBefore, ProposalContent content) {

  public ContentDrafted {
    instrumentsNamedBefore = Set.copyOf(instrumentsNamedBefore);
  }
}
