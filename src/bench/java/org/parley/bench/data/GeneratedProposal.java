package org.parley.bench.data;

import java.time.Instant;
import java.util.List;
import org.parley.bench.data.Rows.CommentRow;
import org.parley.bench.data.Rows.DecisionRow;
import org.parley.bench.data.Rows.EventRow;
import org.parley.bench.data.Rows.FindingRow;
import org.parley.bench.data.Rows.ProposalRow;
import org.parley.bench.data.Rows.ReviewRow;
import org.parley.bench.data.Rows.RoundRow;
import org.parley.bench.data.Rows.VersionRow;
import org.parley.shared.Classification;

/**
 * Everything one generated proposal writes: its rows and its workflow's audit events, plus who may
 * view it (for the view events that fill the audit trail up).
 */
record GeneratedProposal(
    ProposalRow proposal,
    List<VersionRow> versions,
    List<RoundRow> rounds,
    List<ReviewRow> reviews,
    List<CommentRow> comments,
    List<DecisionRow> decisions,
    List<FindingRow> findings,
    List<EventRow> events,
    Classification classification,
    List<String> viewers) {

  /** How many of its slots hold a position. */
  long positions() {
    return reviews.stream().filter(r -> r.position() != null).count();
  }

  /** When its last workflow event happened. */
  Instant lastMove() {
    return events.stream().map(EventRow::at).max(Instant::compareTo).orElseThrow();
  }
}
