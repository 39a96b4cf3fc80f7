package org.parley.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.List;
import org.parley.audit.domain.AuditAction;
import org.parley.audit.domain.AuditEvent;
import org.parley.audit.domain.AuditRepository;

/**
 * Appends to and reads the audit trail. {@link #record} joins the caller's transaction and refuses
 * to run without one, so an event is stored exactly when the change it records is. Recording a
 * workflow event of a proposal fires {@link WorkflowMoved} in that transaction.
 */
@ApplicationScoped
public class AuditTrail {

  @Inject private AuditRepository events;
  @Inject private Clock clock;
  @Inject private Event<WorkflowMoved> moved;

  /**
   * Appends an event in the caller's transaction; a workflow event of a proposal also fires {@link
   * WorkflowMoved}.
   */
  @Transactional(TxType.MANDATORY)
  public void record(
      String actor,
      String actingFor,
      AuditAction action,
      Long proposalId,
      String fromStatus,
      String toStatus,
      Integer versionNumber,
      String detail) {
    events.append(
        new AuditEvent(
            clock.instant(),
            actor,
            actingFor,
            action,
            proposalId,
            fromStatus,
            toStatus,
            versionNumber,
            detail));
    if (proposalId != null && action.isWorkflow()) {
      moved.fire(new WorkflowMoved(proposalId, action));
    }
  }

  /**
   * Records that {@code actor} opened classified content of a proposal, in the caller's transaction
   * (NIST 800-53 AU-2: every view of classified content is on record).
   */
  @Transactional(TxType.MANDATORY)
  public void recordView(String actor, long proposalId, String classification, String what) {
    record(
        actor,
        null,
        AuditAction.VIEWED,
        proposalId,
        null,
        null,
        null,
        classification + ": " + what);
  }

  /**
   * Records a refusal of the access policy in a transaction of its own, so that it stays on record
   * when the refused request's transaction rolls back.
   *
   * @param proposalId the proposal asked for, {@code null} when the request named none
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void recordRefusal(String actor, String permission, Long proposalId, String detail) {
    record(
        actor,
        null,
        AuditAction.ACCESS_REFUSED,
        proposalId,
        null,
        null,
        null,
        permission + " refused: " + detail);
  }

  /**
   * Appends an event about an account rather than a proposal (sign-in failures, locks and unlocks)
   * in the caller's transaction.
   *
   * @param actor who acted: the account concerned, or the administrator who lifted a lock
   */
  @Transactional(TxType.MANDATORY)
  public void recordAccountEvent(String actor, AuditAction action, String detail) {
    events.append(
        new AuditEvent(clock.instant(), actor, null, action, null, null, null, null, detail));
  }

  /**
   * A proposal's trail, oldest first. Callers check that the reader may see the proposal (the
   * proposal service does, for pages and REST).
   */
  @Transactional(TxType.SUPPORTS)
  public List<AuditEntry> history(long proposalId) {
    return events.history(proposalId).stream().map(AuditEntry::of).toList();
  }
}
