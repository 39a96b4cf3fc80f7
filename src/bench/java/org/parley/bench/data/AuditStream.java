package org.parley.bench.data;

import static org.parley.bench.data.Database.setInstant;
import static org.parley.bench.data.Database.setInteger;
import static org.parley.bench.data.Database.setLong;
import static org.parley.bench.data.Database.setText;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.SortedMap;
import java.util.TreeMap;
import org.parley.audit.domain.AuditHash;
import org.parley.audit.domain.ChainLink;
import org.parley.bench.data.Rows.EventRow;

/**
 * The generated audit events, written in the order they happened and linked into the audit chain as
 * they are written (docs/adr/0009, docs/adr/0020). Proposals are told one after the other, but
 * their events spread over weeks; the stream holds them in a queue ordered by time and writes an
 * event only once no proposal still to come can have an earlier one (every later proposal is
 * created after it). Each written event gets the next id and the next chain position, and its hash
 * is computed with the project's own {@link AuditHash} over exactly the columns the verifier reads
 * back, so the chain verifies intact; the chain head moves with every commit.
 */
final class AuditStream implements AutoCloseable {

  private static final int BATCH = 1000;

  private final PriorityQueue<Pending> queue =
      new PriorityQueue<>(Comparator.comparing(Pending::at).thenComparingLong(Pending::order));
  private final Connection connection;
  private final PreparedStatement insert;
  private long order;
  private long nextId;
  private ChainLink head;
  private ChainLink committedHead;
  private int batched;
  private long written;

  private record Pending(Instant at, long order, EventRow event) {}

  /**
   * @param firstId the id of the first event written
   */
  AuditStream(Connection connection, long firstId) throws SQLException {
    this.connection = connection;
    this.nextId = firstId;
    this.head = readHead(connection);
    this.committedHead = head;
    this.insert =
        connection.prepareStatement(
            "insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id,"
                + " from_status, to_status, version_number, detail, chain_position,"
                + " previous_hash, event_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  }

  void addAll(Collection<EventRow> events) {
    for (EventRow event : events) {
      queue.add(new Pending(event.at(), order++, event));
    }
  }

  /** Writes every queued event that happened before {@code frontier}. */
  void writeBefore(Instant frontier) throws SQLException {
    while (!queue.isEmpty() && queue.peek().at().isBefore(frontier)) {
      write(queue.poll().event());
    }
  }

  /** Writes every queued event. */
  void writeAll() throws SQLException {
    while (!queue.isEmpty()) {
      write(queue.poll().event());
    }
  }

  private void write(EventRow event) throws SQLException {
    long id = nextId++;
    long position = head.next();
    String hash = AuditHash.of(head.hash(), hashedColumns(id, position, event));
    insert.setLong(1, id);
    setInstant(insert, 2, event.at());
    insert.setString(3, event.actor());
    setText(insert, 4, event.actingFor());
    insert.setString(5, event.action().name());
    setLong(insert, 6, event.proposalId());
    setText(insert, 7, event.fromStatus());
    setText(insert, 8, event.toStatus());
    setInteger(insert, 9, event.versionNumber());
    setText(insert, 10, event.detail());
    insert.setLong(11, position);
    insert.setString(12, head.hash());
    insert.setString(13, hash);
    insert.addBatch();
    head = new ChainLink(position, hash);
    written++;
    if (++batched == BATCH) {
      insert.executeBatch();
      batched = 0;
    }
  }

  /**
   * The columns of an event exactly as {@code JdbcAuditChain} reads them back for verification (and
   * {@code AuditEvent.hashedColumns()} gives them): integers as longs, times as instants.
   */
  static SortedMap<String, Object> hashedColumns(long id, long position, EventRow event) {
    SortedMap<String, Object> columns = new TreeMap<>();
    columns.put("id", id);
    columns.put("chain_position", position);
    columns.put("occurred_at", event.at());
    columns.put("actor", event.actor());
    columns.put("acting_for", event.actingFor());
    columns.put("action", event.action().name());
    columns.put("proposal_id", event.proposalId());
    columns.put("from_status", event.fromStatus());
    columns.put("to_status", event.toStatus());
    columns.put(
        "version_number", event.versionNumber() == null ? null : (long) event.versionNumber());
    columns.put("detail", event.detail());
    return columns;
  }

  /**
   * Executes the pending batch and moves the chain head to the last event written, in the caller's
   * transaction: committed together, the chain is whole after every commit.
   */
  void flush() throws SQLException {
    if (batched > 0) {
      insert.executeBatch();
      batched = 0;
    }
    if (head.equals(committedHead)) {
      return;
    }
    try (PreparedStatement move =
        connection.prepareStatement(
            "update audit_chain_head set last_position = ?, last_hash = ?,"
                + " version = version + 1 where id = 1")) {
      move.setLong(1, head.position());
      move.setString(2, head.hash());
      move.executeUpdate();
    }
    committedHead = head;
  }

  long written() {
    return written;
  }

  int queued() {
    return queue.size();
  }

  /** The id the next event would get: one past the last written. */
  long nextId() {
    return nextId;
  }

  ChainLink head() {
    return head;
  }

  private static ChainLink readHead(Connection connection) throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement(
                "select last_position, last_hash from audit_chain_head where id = 1 for update");
        ResultSet result = query.executeQuery()) {
      if (!result.next()) {
        throw new SQLException("The audit chain head row is missing (migration V0013).");
      }
      return new ChainLink(result.getLong(1), result.getString(2));
    }
  }

  @Override
  public void close() throws SQLException {
    insert.close();
  }
}
