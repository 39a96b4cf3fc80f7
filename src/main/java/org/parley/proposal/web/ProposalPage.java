package org.parley.proposal.web;

import java.util.List;
import org.parley.audit.application.AuditEntry;
import org.parley.ledger.domain.Finding;
import org.parley.proposal.application.ProposalFindings;
import org.parley.proposal.application.ProposalView;
import org.parley.proposal.application.TrackView;

/**
 * What the proposal page shows.
 *
 * @param findings the reciprocity findings that go with the proposal as shown ({@link
 *     ProposalFindings#shownWith})
 */
public record ProposalPage(
    ProposalView proposal, TrackView track, List<AuditEntry> history, List<Finding> findings) {}
