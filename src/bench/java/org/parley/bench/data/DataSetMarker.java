package org.parley.bench.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The one-row table {@code bench_data_set} that says a database holds the generated data set: with
 * which seed, anchor and size, when generation started, and when it completed (null while it runs
 * or after it was interrupted). It belongs to the benchmark, not to Parley: the application never
 * reads it, and no Flyway migration knows it (docs/adr/0020).
 */
record DataSetMarker(
    long seed, Instant anchor, int proposals, Instant startedAt, Instant completedAt) {

  private static final String CREATE =
      """
      create table if not exists bench_data_set (
          id           integer not null,
          seed         bigint  not null,
          anchor       timestamp with time zone not null,
          proposals    integer not null,
          started_at   timestamp with time zone not null,
          completed_at timestamp with time zone,
          constraint pk_bench_data_set primary key (id)
      )""";

  boolean complete() {
    return completedAt != null;
  }

  /** The marker, if a generation ever started in this database. */
  static Optional<DataSetMarker> read(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(CREATE);
    }
    connection.commit();
    try (Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "select seed, anchor, proposals, started_at, completed_at from bench_data_set"
                    + " where id = 1")) {
      if (!row.next()) {
        return Optional.empty();
      }
      return Optional.of(
          new DataSetMarker(
              row.getLong(1), instant(row, 2), row.getInt(3), instant(row, 4), instant(row, 5)));
    }
  }

  static void begin(Connection connection, GeneratorOptions options, Instant at)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into bench_data_set (id, seed, anchor, proposals, started_at, completed_at)"
                + " values (1, ?, ?, ?, ?, null)")) {
      insert.setLong(1, options.seed());
      Database.setInstant(insert, 2, options.anchor());
      insert.setInt(3, options.proposals());
      Database.setInstant(insert, 4, at);
      insert.executeUpdate();
    }
  }

  static void complete(Connection connection, Instant at) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement("update bench_data_set set completed_at = ? where id = 1")) {
      Database.setInstant(update, 1, at);
      update.executeUpdate();
    }
  }

  private static Instant instant(ResultSet row, int column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  @Override
  public String toString() {
    return "seed "
        + seed
        + ", anchor "
        + anchor
        + ", "
        + proposals
        + " proposals, started "
        + startedAt
        + (completedAt == null ? ", never completed" : ", completed " + completedAt);
  }
}
