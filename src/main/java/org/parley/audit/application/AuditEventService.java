package org.parley.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.parley.access.application.RequiresPermission;
import org.parley.access.domain.Permission;
import org.parley.audit.domain.AuditAction;
import org.parley.audit.domain.AuditQuery;
import org.parley.audit.domain.AuditRepository;
import org.parley.platform.Page;

/** The whole audit trail, views and refusals included, for auditors. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@RequiresPermission(Permission.READ_AUDIT_TRAIL)
public class AuditEventService {

  @Inject private AuditRepository events;

  /**
   * One page of the events matching every given criterion (each may be {@code null}), newest first.
   */
  public Page<AuditEntry> search(
      String actor, AuditAction action, Long proposalId, int first, int size) {
    AuditQuery query = new AuditQuery(actor, action, proposalId);
    return new Page<>(
        events.search(query, first, size).stream().map(AuditEntry::of).toList(),
        events.count(query));
  }
}
