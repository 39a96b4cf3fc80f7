package org.parley.proposal.application;

import java.util.Set;
import org.parley.proposal.domain.ProposalQuery.Sort;
import org.parley.shared.ProposalStatus;

/**
 * Filters and order of a proposal list; any filter may be null. The caller's clearance is applied
 * by the service, whatever the filters say.
 *
 * @param ids only these proposals (e.g. those routed to an agency), or null for any
 */
public record ProposalSearch(
    ProposalStatus status,
    Long trackId,
    String text,
    Set<Long> ids,
    Sort sort,
    boolean descending) {

  public static ProposalSearch all() {
    return new ProposalSearch(null, null, null, null, Sort.UPDATED_AT, true);
  }
}
