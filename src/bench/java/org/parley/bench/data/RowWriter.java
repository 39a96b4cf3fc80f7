package org.parley.bench.data;

import static org.parley.bench.data.Database.setBoolean;
import static org.parley.bench.data.Database.setInstant;
import static org.parley.bench.data.Database.setInteger;
import static org.parley.bench.data.Database.setLong;
import static org.parley.bench.data.Database.setText;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.bench.data.Rows.CommentRow;
import org.parley.bench.data.Rows.DecisionRow;
import org.parley.bench.data.Rows.FindingRow;
import org.parley.bench.data.Rows.ProposalRow;
import org.parley.bench.data.Rows.ReviewRow;
import org.parley.bench.data.Rows.RoundRow;
import org.parley.bench.data.Rows.VersionRow;
import org.parley.proposal.domain.OurAction;
import org.parley.proposal.domain.PhaseContent;
import org.parley.proposal.domain.ProposalContent;
import org.parley.proposal.domain.ReciprocalStep;
import org.parley.proposal.domain.TheirAction;

/**
 * Writes the proposals' rows with JDBC batches, one prepared insert per table. {@link #flush}
 * executes the batches parents first, so that every foreign key finds its row; the caller commits.
 */
final class RowWriter implements AutoCloseable {

  private final Map<String, PreparedStatement> inserts = new LinkedHashMap<>();
  private final Map<String, Long> counts = new LinkedHashMap<>();

  RowWriter(Connection connection) throws SQLException {
    prepare(
        connection,
        "proposal",
        "id, reference, track_id, title, summary, classification, status, version_number,"
            + " created_at, updated_at, version, reached_deciders");
    prepare(connection, "proposal_phase", "id, proposal_id, phase_order, title");
    prepare(
        connection,
        "proposal_step",
        "phase_id, step_order, ours_category, ours_description, ours_reversibility,"
            + " ours_instrument_id, theirs_category, theirs_description, theirs_reversibility,"
            + " theirs_verification");
    prepare(connection, "proposal_drafter", "proposal_id, username");
    prepare(connection, "proposal_routed_agency", "proposal_id, agency_code");
    prepare(
        connection,
        "proposal_version",
        "id, proposal_id, number, title, summary, classification, submitted_by, submitted_at");
    prepare(
        connection,
        "version_step",
        "version_id, step_order, phase_index, phase_title, ours_category, ours_description,"
            + " ours_reversibility, ours_instrument_id, theirs_category, theirs_description,"
            + " theirs_reversibility, theirs_verification");
    prepare(
        connection,
        "clearance_round",
        "id, proposal_id, version_number, opened_at, due_at, closed_at, outcome, cancelled,"
            + " version");
    prepare(
        connection,
        "agency_review",
        "id, round_id, agency_code, position, answered_by, acting_for, answered_at,"
            + " overdue_since, version");
    prepare(
        connection,
        "review_comment",
        "id, review_id, comment_order, comment_type, comment_text, accepted, resolution_reason,"
            + " resolved_by, resolved_at, version");
    prepare(
        connection,
        "decision",
        "id, proposal_id, version_number, outcome, rationale, conditions,"
            + " override_justification, decided_by, decided_at");
    prepare(
        connection,
        "version_finding",
        "id, proposal_id, version_number, position, rule, severity, phase_number, step_number,"
            + " explanation");
  }

  private void prepare(Connection connection, String table, String columns) throws SQLException {
    int count = columns.split(",").length;
    String marks = String.join(", ", java.util.Collections.nCopies(count, "?"));
    inserts.put(
        table,
        connection.prepareStatement(
            "insert into " + table + " (" + columns + ") values (" + marks + ")"));
    counts.put(table, 0L);
  }

  /** Adds every row of {@code generated} to the batches. */
  void write(GeneratedProposal generated) throws SQLException {
    ProposalRow p = generated.proposal();
    ProposalContent content = p.content();
    PreparedStatement proposal = add("proposal");
    proposal.setLong(1, p.id());
    proposal.setString(2, p.reference());
    proposal.setLong(3, p.trackId());
    proposal.setString(4, content.title());
    proposal.setString(5, content.summary());
    setText(proposal, 6, content.classification());
    setText(proposal, 7, p.status());
    proposal.setInt(8, p.versionNumber());
    setInstant(proposal, 9, p.createdAt());
    setInstant(proposal, 10, p.updatedAt());
    proposal.setLong(11, p.version());
    proposal.setBoolean(12, p.reachedDeciders());
    proposal.addBatch();
    List<PhaseContent> phases = content.phases();
    for (int i = 0; i < phases.size(); i++) {
      long phaseId = p.firstPhaseId() + i;
      PreparedStatement phase = add("proposal_phase");
      phase.setLong(1, phaseId);
      phase.setLong(2, p.id());
      phase.setInt(3, i);
      phase.setString(4, phases.get(i).title());
      phase.addBatch();
      List<ReciprocalStep> steps = phases.get(i).steps();
      for (int s = 0; s < steps.size(); s++) {
        PreparedStatement step = add("proposal_step");
        step.setLong(1, phaseId);
        step.setInt(2, s);
        sides(step, 3, steps.get(s));
        step.addBatch();
      }
    }
    for (String drafter : p.drafters().stream().sorted().toList()) {
      PreparedStatement row = add("proposal_drafter");
      row.setLong(1, p.id());
      row.setString(2, drafter);
      row.addBatch();
    }
    for (var agency : p.routedAgencies().stream().sorted().toList()) {
      PreparedStatement row = add("proposal_routed_agency");
      row.setLong(1, p.id());
      row.setString(2, agency.name());
      row.addBatch();
    }
    for (VersionRow v : generated.versions()) {
      writeVersion(p.id(), v);
    }
    for (RoundRow r : generated.rounds()) {
      PreparedStatement row = add("clearance_round");
      row.setLong(1, r.id());
      row.setLong(2, p.id());
      row.setInt(3, r.versionNumber());
      setInstant(row, 4, r.openedAt());
      setInstant(row, 5, r.dueAt());
      setInstant(row, 6, r.closedAt());
      setText(row, 7, r.outcome());
      row.setBoolean(8, r.cancelled());
      row.setLong(9, r.version());
      row.addBatch();
    }
    for (ReviewRow r : generated.reviews()) {
      PreparedStatement row = add("agency_review");
      row.setLong(1, r.id());
      row.setLong(2, r.roundId());
      row.setString(3, r.agency().name());
      setText(row, 4, r.position());
      setText(row, 5, r.answeredBy());
      setText(row, 6, r.actingFor());
      setInstant(row, 7, r.answeredAt());
      setInstant(row, 8, r.overdueSince());
      row.setLong(9, r.version());
      row.addBatch();
    }
    for (CommentRow c : generated.comments()) {
      PreparedStatement row = add("review_comment");
      row.setLong(1, c.id());
      row.setLong(2, c.reviewId());
      row.setInt(3, c.order());
      setText(row, 4, c.type());
      row.setString(5, c.text());
      setBoolean(row, 6, c.accepted());
      setText(row, 7, c.reason());
      setText(row, 8, c.resolvedBy());
      setInstant(row, 9, c.resolvedAt());
      row.setLong(10, c.version());
      row.addBatch();
    }
    for (DecisionRow d : generated.decisions()) {
      PreparedStatement row = add("decision");
      row.setLong(1, d.id());
      row.setLong(2, p.id());
      row.setInt(3, d.versionNumber());
      setText(row, 4, d.outcome());
      row.setString(5, d.rationale());
      setText(row, 6, d.conditions());
      setText(row, 7, d.overrideJustification());
      row.setString(8, d.decidedBy());
      setInstant(row, 9, d.decidedAt());
      row.addBatch();
    }
    for (FindingRow f : generated.findings()) {
      PreparedStatement row = add("version_finding");
      row.setLong(1, f.id());
      row.setLong(2, p.id());
      row.setInt(3, f.versionNumber());
      row.setInt(4, f.position());
      setText(row, 5, f.finding().rule());
      setText(row, 6, f.finding().severity());
      setInteger(row, 7, f.finding().phaseNumber());
      setInteger(row, 8, f.finding().stepNumber());
      row.setString(9, f.finding().explanation());
      row.addBatch();
    }
  }

  private void writeVersion(long proposalId, VersionRow v) throws SQLException {
    ProposalContent content = v.content();
    PreparedStatement version = add("proposal_version");
    version.setLong(1, v.id());
    version.setLong(2, proposalId);
    version.setInt(3, v.number());
    version.setString(4, content.title());
    version.setString(5, content.summary());
    setText(version, 6, content.classification());
    version.setString(7, v.submittedBy());
    setInstant(version, 8, v.submittedAt());
    version.addBatch();
    int order = 0;
    for (int p = 0; p < content.phases().size(); p++) {
      PhaseContent phase = content.phases().get(p);
      for (ReciprocalStep s : phase.steps()) {
        PreparedStatement step = add("version_step");
        step.setLong(1, v.id());
        step.setInt(2, order++);
        step.setInt(3, p);
        step.setString(4, phase.title());
        sides(step, 5, s);
        step.addBatch();
      }
    }
  }

  /** Our side then theirs, eight columns from {@code first} on (with our instrument fourth). */
  private static void sides(PreparedStatement row, int first, ReciprocalStep step)
      throws SQLException {
    OurAction ours = step.ours().orElse(null);
    TheirAction theirs = step.theirs().orElse(null);
    setText(row, first, ours == null ? null : ours.category());
    setText(row, first + 1, ours == null ? null : ours.description());
    setText(row, first + 2, ours == null ? null : ours.reversibility());
    setLong(row, first + 3, ours == null ? null : ours.instrumentId().orElse(null));
    setText(row, first + 4, theirs == null ? null : theirs.category());
    setText(row, first + 5, theirs == null ? null : theirs.description());
    setText(row, first + 6, theirs == null ? null : theirs.reversibility());
    setText(row, first + 7, theirs == null ? null : theirs.verification());
  }

  private PreparedStatement add(String table) {
    counts.merge(table, 1L, Long::sum);
    return inserts.get(table);
  }

  /** Executes every batch, parents before children. */
  void flush() throws SQLException {
    for (PreparedStatement insert : inserts.values()) {
      insert.executeBatch();
    }
  }

  /** Rows written per table so far. */
  Map<String, Long> counts() {
    return Map.copyOf(counts);
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement insert : inserts.values()) {
      insert.close();
    }
  }
}
