package org.parley.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.parley.access.application.AccessRefused;

/**
 * Puts every refusal of the access policy on the audit trail (NIST 800-53 AU-2), in a transaction
 * of its own ({@link AuditTrail#recordRefusal}), so that it stays when the refused request's
 * transaction rolls back.
 */
@ApplicationScoped
class RefusalRecorder {

  @Inject private AuditTrail audit;

  void record(@Observes AccessRefused refusal) {
    audit.recordRefusal(
        refusal.actor(), refusal.permission(), refusal.proposalId(), refusal.detail());
  }
}
