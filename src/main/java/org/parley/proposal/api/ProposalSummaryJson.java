package org.parley.proposal.api;

import java.time.Instant;
import java.util.List;
import org.parley.platform.Page;
import org.parley.proposal.application.ProposalSummary;
import org.parley.shared.Classification;
import org.parley.shared.ProposalStatus;

/** A row of {@code GET /api/proposals}. */
public record ProposalSummaryJson(
    long id,
    String reference,
    long trackId,
    String title,
    Classification classification,
    ProposalStatus status,
    int versionNumber,
    Instant updatedAt) {

  static ProposalSummaryJson of(ProposalSummary summary) {
    return new ProposalSummaryJson(
        summary.id(),
        summary.reference(),
        summary.trackId(),
        summary.title(),
        summary.classification(),
        summary.status(),
        summary.versionNumber(),
        summary.updatedAt());
  }

  /** One page of the list and how many proposals match in all. */
  public record PageJson(List<ProposalSummaryJson> items, long total) {

    static PageJson of(Page<ProposalSummary> page) {
      return new PageJson(
          page.items().stream().map(ProposalSummaryJson::of).toList(), page.total());
    }
  }
}
