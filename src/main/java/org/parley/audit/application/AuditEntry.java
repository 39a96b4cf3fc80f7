package org.parley.audit.application;

import java.time.Instant;
import org.parley.audit.domain.AuditEvent;

/**
 * One event of the trail, as pages and REST show it; absent values are null.
 *
 * @param proposalId the proposal concerned, null for a refusal that named none
 */
public record AuditEntry(
    long id,
    Instant at,
    String actor,
    String actingFor,
    String action,
    Long proposalId,
    String fromStatus,
    String toStatus,
    Integer versionNumber,
    String detail) {

  static AuditEntry of(AuditEvent event) {
    return new AuditEntry(
        event.getId(),
        event.getAt(),
        event.getActor(),
        event.getActingFor().orElse(null),
        event.getAction().name(),
        event.getProposalId().orElse(null),
        event.getFromStatus().orElse(null),
        event.getToStatus().orElse(null),
        event.getVersionNumber().orElse(null),
        event.getDetail().orElse(null));
  }
}
