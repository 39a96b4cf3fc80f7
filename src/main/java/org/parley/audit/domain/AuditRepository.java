package org.parley.audit.domain;

import java.util.List;

/** The audit trail: append and read, nothing else. */
public interface AuditRepository {

  void append(AuditEvent event);

  /** A proposal's events, oldest first. */
  List<AuditEvent> history(long proposalId);
}
