package org.parley.audit.application;

import java.time.Instant;
import org.parley.audit.domain.AuditEvent;

/** One event of a proposal's trail, as pages and REST show it; absent values are null. */
public record AuditEntry(
    Instant at,
    String actor,
    String actingFor,
    String action,
    String fromStatus,
    String toStatus,
    Integer versionNumber,
    String detail) {

  static AuditEntry of(AuditEvent event) {
    return new AuditEntry(
        event.getAt(),
        event.getActor(),
        event.getActingFor().orElse(null),
        event.getAction().name(),
        event.getFromStatus().orElse(null),
        event.getToStatus().orElse(null),
        event.getVersionNumber().orElse(null),
        event.getDetail().orElse(null));
  }
}
