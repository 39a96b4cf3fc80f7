package org.parley.proposal.api;

import java.util.List;
import org.parley.ledger.domain.Finding;

/**
 * The answer of {@code GET /api/proposals/{id}/findings}.
 *
 * @param versionNumber the submitted version the findings were stored with, or {@code null} when
 *     they were computed now over the proposal's current content
 * @param blocking whether any finding is blocking: approving needs a principal's override
 */
public record FindingsJson(
    long proposalId, Integer versionNumber, boolean blocking, List<FindingJson> findings) {

  static FindingsJson of(long proposalId, Integer versionNumber, List<Finding> findings) {
    return new FindingsJson(
        proposalId,
        versionNumber,
        findings.stream().anyMatch(Finding::isBlocking),
        findings.stream().map(FindingJson::of).toList());
  }
}
