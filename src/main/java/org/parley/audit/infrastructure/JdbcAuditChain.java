package org.parley.audit.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.parley.audit.domain.AuditHash;
import org.parley.audit.domain.ChainLink;
import org.parley.audit.domain.ChainVerdict;
import org.parley.audit.domain.ChainVerifier;
import org.parley.audit.domain.ChainedRecord;

/**
 * The audit chain in plain JDBC, on a connection the caller provides: verifying it page by page
 * (for the REST endpoint, for operators' offline command, for tests) and linking events that
 * scripts inserted without a link (migration V0013, demo data). It reads every column of {@code
 * audit_event} by name, so a column added later is hashed here exactly as {@code
 * AuditEvent.hashedColumns()} hashes it (docs/adr/0009).
 */
public final class JdbcAuditChain {

  /** Events per page when walking the chain; memory stays bounded by one page. */
  static final int PAGE = 1000;

  private static final String PAGE_QUERY =
      "select * from audit_event where chain_position > ? and chain_position <= ?"
          + " order by chain_position fetch first "
          + PAGE
          + " rows only";

  private static final String OUTSIDE_CHAIN_QUERY =
      "select min(e.id) from audit_event e where e.chain_position is null or e.chain_position >"
          + " (select h.last_position from audit_chain_head h where h.id = 1)";

  private JdbcAuditChain() {}

  /**
   * Walks the chain from its first event to the head as it is now, {@value #PAGE} events at a time,
   * and reports the first broken point or "intact".
   */
  public static ChainVerdict verify(Connection connection, Optional<ChainLink> anchor)
      throws SQLException {
    Optional<ChainLink> stored = head(connection, false).flatMap(StoredHead::link);
    if (stored.isEmpty()) {
      return ChainVerifier.withoutHead();
    }
    ChainLink head = stored.get();
    ChainVerifier verifier = new ChainVerifier(head, anchor);
    long after = 0;
    boolean intactSoFar = true;
    while (intactSoFar && after < head.position()) {
      List<ChainedRecord> page = page(connection, after, head.position());
      for (ChainedRecord event : page) {
        if (!verifier.accept(event)) {
          intactSoFar = false;
          break;
        }
        after = event.position();
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    return verifier.finish(intactSoFar ? firstOutsideChain(connection) : Optional.empty());
  }

  /**
   * Links every event that has no chain position yet, oldest first (by {@code occurred_at}, then
   * id), after the chain head, and moves the head. Deterministic: the same rows are always linked
   * in the same order with the same hashes. Runs in the caller's transaction and holds the head
   * row's lock until it ends, exactly like the application's own appends.
   *
   * @return how many events were linked
   */
  public static int linkUnchained(Connection connection) throws SQLException {
    ChainLink head =
        head(connection, true)
            .flatMap(StoredHead::link)
            .orElseThrow(
                () -> new SQLException("The audit chain head row is missing or malformed."));
    int linked = 0;
    try (PreparedStatement select =
            connection.prepareStatement(
                "select * from audit_event where chain_position is null order by occurred_at, id");
        PreparedStatement update =
            connection.prepareStatement(
                // By id alone: H2 would otherwise walk the index of unlinked rows for every update.
                // The head lock keeps any other linking out until this transaction ends.
                "update audit_event set chain_position = ?, previous_hash = ?, event_hash = ?"
                    + " where id = ?")) {
      select.setFetchSize(PAGE);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ChainedRecord event = read(rows);
          SortedMap<String, Object> columns = new TreeMap<>(event.columns());
          columns.put("chain_position", head.next());
          ChainLink link = new ChainLink(head.next(), AuditHash.of(head.hash(), columns));
          update.setLong(1, link.position());
          update.setString(2, head.hash());
          update.setString(3, link.hash());
          update.setLong(4, event.id());
          update.addBatch();
          head = link;
          if (++linked % PAGE == 0) {
            checkUpdated(update.executeBatch());
          }
        }
      }
      checkUpdated(update.executeBatch());
    }
    if (linked > 0) {
      try (PreparedStatement move =
          connection.prepareStatement(
              "update audit_chain_head set last_position = ?, last_hash = ?,"
                  + " version = version + 1 where id = 1")) {
        move.setLong(1, head.position());
        move.setString(2, head.hash());
        move.executeUpdate();
      }
    }
    return linked;
  }

  /** {@link #linkUnchained} in a transaction of its own when the connection is in auto-commit. */
  public static int linkUnchainedInTransaction(Connection connection) throws SQLException {
    if (!connection.getAutoCommit()) {
      return linkUnchained(connection);
    }
    connection.setAutoCommit(false);
    try {
      int linked = linkUnchained(connection);
      connection.commit();
      return linked;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /** One stored event: its chain columns and every other column by lower-case name. */
  static ChainedRecord read(ResultSet row) throws SQLException {
    ResultSetMetaData meta = row.getMetaData();
    SortedMap<String, Object> columns = new TreeMap<>();
    String previousHash = null;
    String hash = null;
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      String name = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
      switch (name) {
        case "previous_hash" -> previousHash = row.getString(i);
        case "event_hash" -> hash = row.getString(i);
        default -> columns.put(name, value(row, meta, i, name));
      }
    }
    long id = ((Number) columns.get("id")).longValue();
    Long position = (Long) columns.get("chain_position");
    return new ChainedRecord(id, position, previousHash, hash, columns);
  }

  private static Object value(ResultSet row, ResultSetMetaData meta, int i, String name)
      throws SQLException {
    switch (meta.getColumnType(i)) {
      case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
        long number = row.getLong(i);
        return row.wasNull() ? null : number;
      }
      case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.NVARCHAR, Types.NCHAR -> {
        return row.getString(i);
      }
      case Types.TIMESTAMP_WITH_TIMEZONE -> {
        return instant(row.getObject(i, OffsetDateTime.class));
      }
      case Types.TIMESTAMP -> {
        // PostgreSQL reports timestamptz as TIMESTAMP; a plain timestamp is read as UTC.
        String type = meta.getColumnTypeName(i).toLowerCase(Locale.ROOT);
        if (type.contains("tz") || type.contains("time zone")) {
          return instant(row.getObject(i, OffsetDateTime.class));
        }
        LocalDateTime local = row.getObject(i, LocalDateTime.class);
        return local == null ? null : local.toInstant(ZoneOffset.UTC);
      }
      case Types.BOOLEAN, Types.BIT -> {
        boolean flag = row.getBoolean(i);
        return row.wasNull() ? null : flag;
      }
      default ->
          throw new SQLException(
              "Column audit_event."
                  + name
                  + " has a type the audit chain does not hash: "
                  + meta.getColumnTypeName(i));
    }
  }

  private static Instant instant(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }

  private static List<ChainedRecord> page(Connection connection, long after, long upTo)
      throws SQLException {
    List<ChainedRecord> page = new ArrayList<>(PAGE);
    try (PreparedStatement query = connection.prepareStatement(PAGE_QUERY)) {
      query.setLong(1, after);
      query.setLong(2, upTo);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          page.add(read(rows));
        }
      }
    }
    return page;
  }

  private static Optional<Long> firstOutsideChain(Connection connection) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(OUTSIDE_CHAIN_QUERY);
        ResultSet result = query.executeQuery()) {
      result.next();
      long id = result.getLong(1);
      return result.wasNull() ? Optional.empty() : Optional.of(id);
    }
  }

  /** The head row as stored, locked if asked. */
  private static Optional<StoredHead> head(Connection connection, boolean lock)
      throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement(
                "select last_position, last_hash from audit_chain_head where id = 1"
                    + (lock ? " for update" : ""));
        ResultSet result = query.executeQuery()) {
      if (!result.next()) {
        return Optional.empty();
      }
      return Optional.of(new StoredHead(result.getLong(1), result.getString(2)));
    }
  }

  /** The head row's values, which need not make a valid link if someone tampered with them. */
  private record StoredHead(long position, String hash) {

    Optional<ChainLink> link() {
      return position >= 0 && ChainLink.isHash(hash)
          ? Optional.of(new ChainLink(position, hash))
          : Optional.empty();
    }
  }

  private static void checkUpdated(int[] counts) throws SQLException {
    for (int count : counts) {
      if (count != 1 && count != Statement.SUCCESS_NO_INFO) {
        throw new SQLException("An audit event disappeared while it was being linked.");
      }
    }
  }
}
