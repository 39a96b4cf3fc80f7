package org.parley.proposal.application;

import java.io.Serializable;
import java.time.Instant;
import org.parley.proposal.domain.Proposal;
import org.parley.shared.Classification;
import org.parley.shared.ProposalStatus;

/**
 * A row of a proposal list. Serializable: the list page's lazy model (a view-scoped bean's) keeps
 * the rows it shows, and view-scoped state travels with the session (SessionStateTest).
 */
public record ProposalSummary(
    long id,
    String reference,
    long trackId,
    String title,
    Classification classification,
    ProposalStatus status,
    int versionNumber,
    Instant updatedAt)
    implements Serializable {

  static ProposalSummary of(Proposal proposal) {
    return new ProposalSummary(
        proposal.getId(),
        proposal.getReference(),
        proposal.getTrackId(),
        proposal.getTitle(),
        proposal.getClassification(),
        proposal.getStatus(),
        proposal.getVersionNumber(),
        proposal.getUpdatedAt());
  }
}
