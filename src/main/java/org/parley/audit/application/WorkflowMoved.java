package org.parley.audit.application;

import org.parley.audit.domain.AuditAction;

/**
 * Work moved on a proposal: the audit trail recorded a workflow event (creation, edit, submission,
 * position, round closed, comment resolved, decision, withdrawal, overdue slot…), never a view, a
 * refusal or a sign-in. A CDI event fired in the transaction that records it, so an observer {@code
 * during = TransactionPhase.AFTER_SUCCESS} hears of it only once the work is committed (the
 * dashboard's push refresh does).
 */
public record WorkflowMoved(long proposalId, AuditAction action) {}
