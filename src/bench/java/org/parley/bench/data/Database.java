package org.parley.bench.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/** The little the generator needs to know about H2 and PostgreSQL, in plain JDBC. */
final class Database {

  enum Dialect {
    H2,
    POSTGRESQL;

    static Dialect of(Connection connection) throws SQLException {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("h2")) {
        return H2;
      }
      if (product.contains("postgres")) {
        return POSTGRESQL;
      }
      throw new SQLException("The data generator supports H2 and PostgreSQL, not " + product);
    }

    String nextValue(String sequence) {
      return this == H2
          ? "select next value for " + sequence
          : "select nextval('" + sequence + "')";
    }
  }

  private Database() {}

  static long single(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  /** The next value of a sequence (consumed). */
  static long nextValue(Connection connection, Dialect dialect, String sequence)
      throws SQLException {
    return single(connection, dialect.nextValue(sequence));
  }

  /**
   * The first id the generator may use for a table: past every row, and past every id that an
   * application's pooled optimizer may already hold from the sequence (up to its current value).
   */
  static long firstFreeId(Connection connection, Dialect dialect, String table, String sequence)
      throws SQLException {
    long max = single(connection, "select coalesce(max(id), 0) from " + table);
    long sequenceValue = nextValue(connection, dialect, sequence);
    return Math.max(max, sequenceValue) + 1;
  }

  /**
   * Restarts a sequence so that the application's next ids come after {@code lastUsed}. Hibernate's
   * pooled optimizer (allocation size 50) hands out the 50 ids up to the value it reads, so the
   * sequence restarts 51 past the last id used; a sequence of increment 1 restarts right after it.
   */
  static void restartAfter(Connection connection, String sequence, long lastUsed, int increment)
      throws SQLException {
    long restart = increment > 1 ? lastUsed + increment + 1 : lastUsed + 1;
    try (Statement statement = connection.createStatement()) {
      statement.execute("alter sequence " + sequence + " restart with " + restart);
    }
  }

  static void setInstant(PreparedStatement statement, int index, Instant at) throws SQLException {
    if (at == null) {
      statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      statement.setObject(index, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }
  }

  static void setText(PreparedStatement statement, int index, Object value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, value instanceof Enum<?> e ? e.name() : value.toString());
    }
  }

  static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, value);
    }
  }

  static void setInteger(PreparedStatement statement, int index, Integer value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setInt(index, value);
    }
  }

  static void setBoolean(PreparedStatement statement, int index, Boolean value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BOOLEAN);
    } else {
      statement.setBoolean(index, value);
    }
  }
}
