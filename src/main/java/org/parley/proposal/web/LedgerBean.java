package org.parley.proposal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.parley.ledger.application.ReciprocityService;
import org.parley.ledger.domain.Ledger;
import org.parley.ledger.domain.LedgerDraft;
import org.parley.platform.faces.AddressedView;
import org.parley.platform.faces.PageMessages;
import org.parley.proposal.application.ProposalFindings;
import org.parley.proposal.application.ProposalQueries;
import org.parley.proposal.application.ProposalView;

/**
 * The ledger page ({@code proposals/ledger.xhtml?id=}): a proposal's phases with each pair of steps
 * and the leverage each side spends and receives, the cumulative balance as a chart and a table,
 * and the reciprocity findings: those of the draft as it reads now, or those its latest version was
 * submitted with. Whoever may read the proposal; opening it is audited like the proposal page.
 */
@Named
@ViewScoped
public class LedgerBean extends AddressedView<LedgerPage> {

  private static final long serialVersionUID = 1L;

  @Inject private ProposalQueries proposals;
  @Inject private ReciprocityService reciprocity;
  @Inject private ProposalFindings findings;

  /** The view action: opens the proposal (audited) and weighs its ledger. */
  @Override
  protected LedgerPage read(long proposalId) {
    ProposalView proposal = proposals.open(proposalId, "ledger page");
    LedgerDraft draft = proposal.content().ledgerDraft();
    Ledger ledger = reciprocity.resolve(draft);
    return new LedgerPage(
        proposal,
        LedgerPhase.of(proposal.phases(), ledger),
        ledger.balance(),
        BalanceChart.json(ledger.balance(), BalanceChart.Texts.of(PageMessages.bundle())),
        findings.shownWith(proposal),
        proposal.readsAsDraft() ? null : proposal.versionNumber());
  }
}
