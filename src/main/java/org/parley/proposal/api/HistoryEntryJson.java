package org.parley.proposal.api;

import java.time.Instant;
import org.parley.audit.application.AuditEntry;

/** One event of {@code GET /api/proposals/{id}/history}; absent values are {@code null}. */
public record HistoryEntryJson(
    Instant at,
    String actor,
    String actingFor,
    String action,
    String fromStatus,
    String toStatus,
    Integer versionNumber,
    String detail) {

  static HistoryEntryJson of(AuditEntry entry) {
    return new HistoryEntryJson(
        entry.at(),
        entry.actor(),
        entry.actingFor(),
        entry.action(),
        entry.fromStatus(),
        entry.toStatus(),
        entry.versionNumber(),
        entry.detail());
  }
}
