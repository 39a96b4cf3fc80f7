package org.parley.bench.data;

import java.time.Instant;
import java.util.Set;
import org.parley.audit.domain.AuditAction;
import org.parley.clearance.domain.CommentType;
import org.parley.clearance.domain.Position;
import org.parley.clearance.domain.RoundOutcome;
import org.parley.decision.domain.DecisionOutcome;
import org.parley.ledger.domain.Finding;
import org.parley.proposal.domain.ProposalContent;
import org.parley.shared.Agency;
import org.parley.shared.ProposalStatus;

/** The rows one generated proposal writes, table by table, as plain values. */
final class Rows {

  private Rows() {}

  /** A {@code proposal} row, with its draft content and its drafters and routed agencies. */
  record ProposalRow(
      long id,
      String reference,
      long trackId,
      ProposalContent content,
      ProposalStatus status,
      int versionNumber,
      Instant createdAt,
      Instant updatedAt,
      long version,
      boolean reachedDeciders,
      Set<String> drafters,
      Set<Agency> routedAgencies,
      long firstPhaseId) {}

  /** A {@code proposal_version} row; its steps are the content's. */
  record VersionRow(
      long id, int number, ProposalContent content, String submittedBy, Instant submittedAt) {}

  record RoundRow(
      long id,
      int versionNumber,
      Instant openedAt,
      Instant dueAt,
      Instant closedAt,
      RoundOutcome outcome,
      boolean cancelled,
      long version) {}

  record ReviewRow(
      long id,
      long roundId,
      Agency agency,
      Position position,
      String answeredBy,
      String actingFor,
      Instant answeredAt,
      Instant overdueSince,
      long version) {}

  record CommentRow(
      long id,
      long reviewId,
      int order,
      CommentType type,
      String text,
      Boolean accepted,
      String reason,
      String resolvedBy,
      Instant resolvedAt,
      long version) {}

  record DecisionRow(
      long id,
      int versionNumber,
      DecisionOutcome outcome,
      String rationale,
      String conditions,
      String overrideJustification,
      String decidedBy,
      Instant decidedAt) {}

  record FindingRow(long id, int versionNumber, int position, Finding finding) {}

  /** An audit event before it is placed in the chain (it has no id or position yet). */
  record EventRow(
      Instant at,
      String actor,
      String actingFor,
      AuditAction action,
      Long proposalId,
      String fromStatus,
      String toStatus,
      Integer versionNumber,
      String detail) {}
}
