package org.parley.proposal.domain;

import java.util.Set;
import org.parley.access.domain.Visibility;
import org.parley.shared.ProposalStatus;

/**
 * What a proposal list asks for. Every criterion is optional ({@code null}); {@code visibility},
 * what the caller may see (clearance and need to know), always applies.
 *
 * @param text matched case-insensitively against reference and title
 * @param ids when not null, only proposals with these ids (e.g. those routed to an agency)
 * @param sort one of {@link Sort}
 */
public record ProposalQuery(
    ProposalStatus status,
    Long trackId,
    String text,
    Set<Long> ids,
    Visibility visibility,
    Sort sort,
    boolean descending) {

  /** The columns a proposal list can be sorted by. */
  public enum Sort {
    REFERENCE,
    TITLE,
    STATUS,
    UPDATED_AT
  }
}
