package org.parley.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.parley.ledger.application.ReciprocityService;
import org.parley.ledger.domain.Finding;

/**
 * A proposal's reciprocity findings (docs/adr/0017) as pages and REST show them, under the rule of
 * reading the proposal: the ledger feature runs the rules and keeps each version's findings, this
 * service decides which findings go with what the reader sees.
 */
@ApplicationScoped
@Transactional
public class ProposalFindings {

  @Inject private ProposalQueries proposals;
  @Inject private ReciprocityService reciprocity;

  /** What the rules find in the proposal's current content, now; "not found" unless readable. */
  public List<Finding> current(long proposalId) {
    return live(proposals.get(proposalId));
  }

  /**
   * The findings version {@code versionNumber} was submitted with: what its reviewers and deciders
   * saw. "Not found" unless the caller may read the proposal and the version exists.
   */
  public List<Finding> submitted(long proposalId, int versionNumber) {
    proposals.versionContent(proposalId, versionNumber);
    return reciprocity.recordedFindings(proposalId, versionNumber);
  }

  /**
   * The findings that go with the proposal as its pages show it: live while it {@linkplain
   * ProposalView#readsAsDraft reads as a draft}, else those its latest version was submitted with.
   */
  public List<Finding> shownWith(ProposalView proposal) {
    return proposal.readsAsDraft()
        ? live(proposal)
        : submitted(proposal.id(), proposal.versionNumber());
  }

  /**
   * The findings of the version before the deciders: those its latest version was submitted with,
   * or the content's now before the first submission.
   */
  public List<Finding> ofLatestVersion(ProposalView proposal) {
    return proposal.versionNumber() > 0
        ? submitted(proposal.id(), proposal.versionNumber())
        : live(proposal);
  }

  private List<Finding> live(ProposalView proposal) {
    return reciprocity.check(proposal.content().ledgerDraft());
  }
}
