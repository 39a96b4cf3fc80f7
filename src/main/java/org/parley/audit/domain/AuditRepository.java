package org.parley.audit.domain;

import java.util.List;

/** The audit trail: append and read, nothing else. */
public interface AuditRepository {

  void append(AuditEvent event);

  /** A proposal's workflow events (no views, no refusals), oldest first. */
  List<AuditEvent> history(long proposalId);

  /** One page of the events {@code query} selects, newest first. */
  List<AuditEvent> search(AuditQuery query, int first, int size);

  long count(AuditQuery query);
}
