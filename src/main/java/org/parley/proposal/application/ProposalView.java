package org.parley.proposal.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.parley.proposal.domain.PhaseContent;
import org.parley.proposal.domain.Proposal;
import org.parley.proposal.domain.ProposalContent;
import org.parley.shared.Classification;
import org.parley.shared.ProposalStatus;
import org.parley.shared.WorkflowAction;

/**
 * A proposal as its reader sees it, with the workflow actions the reader may take on it now (pages
 * render buttons from {@code allowedActions}; the services decide again on every call).
 *
 * @param version the optimistic-locking version: send it back to edit ({@code If-Match})
 * @param versionNumber the latest submitted version, 0 before the first submission
 */
public record ProposalView(
    long id,
    String reference,
    long trackId,
    String title,
    String summary,
    Classification classification,
    ProposalStatus status,
    long version,
    int versionNumber,
    List<PhaseContent> phases,
    Set<String> drafters,
    Instant createdAt,
    Instant updatedAt,
    Set<WorkflowAction> allowedActions) {

  static ProposalView of(Proposal proposal, Set<WorkflowAction> allowed) {
    ProposalContent content = proposal.content();
    return new ProposalView(
        proposal.getId(),
        proposal.getReference(),
        proposal.getTrackId(),
        content.title(),
        content.summary(),
        content.classification(),
        proposal.getStatus(),
        proposal.getVersion(),
        proposal.getVersionNumber(),
        content.phases(),
        proposal.getDrafters(),
        proposal.getCreatedAt(),
        proposal.getUpdatedAt(),
        Set.copyOf(allowed));
  }

  public ProposalContent content() {
    return new ProposalContent(title, summary, classification, phases);
  }

  public boolean allows(WorkflowAction action) {
    return allowedActions.contains(action);
  }

  /** Whether the reader may decide it now: approve, return or reject. */
  public boolean allowsDecision() {
    return allows(WorkflowAction.APPROVE)
        || allows(WorkflowAction.RETURN)
        || allows(WorkflowAction.REJECT);
  }

  /**
   * Whether the proposal reads as its working draft (a draft, or never submitted), so that its
   * reciprocity findings are computed live; else it reads as its latest submitted version, with the
   * findings that version was submitted with.
   */
  public boolean readsAsDraft() {
    return status == ProposalStatus.DRAFT || versionNumber == 0;
  }
}
