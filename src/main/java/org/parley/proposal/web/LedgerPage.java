package org.parley.proposal.web;

import java.util.List;
import org.parley.ledger.domain.Finding;
import org.parley.ledger.domain.PhaseBalance;
import org.parley.proposal.application.ProposalView;

/**
 * What the ledger page shows: the proposal's phases beside the leverage each step spends and
 * receives, the cumulative balance, and the findings that go with the proposal as shown.
 *
 * @param balance the cumulative balance at the end of each phase: the chart's figures, as a table
 * @param chart the chart of the balance: a Chart.js configuration ({@link BalanceChart})
 * @param findingsVersion the version whose stored findings are shown; null for the findings of the
 *     draft as it reads now
 */
public record LedgerPage(
    ProposalView proposal,
    List<LedgerPhase> phases,
    List<PhaseBalance> balance,
    String chart,
    List<Finding> findings,
    Integer findingsVersion) {}
