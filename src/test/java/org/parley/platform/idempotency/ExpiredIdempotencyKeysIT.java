package org.parley.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.platform.persistence.DatabaseMigration;
import org.parley.platform.schedule.JobRun;
import org.parley.support.ParleyHibernate;
import org.parley.support.TestDatabase;
import org.parley.support.database.DatabaseSensitive;

/**
 * The hourly clean-up deletes exactly the keys past their retention (24 h by default), on a
 * database migrated by Parley's migrations, which also schedule the job.
 */
@DatabaseSensitive("the clean-up's delete by date in SQL")
class ExpiredIdempotencyKeysIT {

  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

  private TestDatabase database;
  private ParleyHibernate hibernate;

  @BeforeEach
  void database() {
    database = TestDatabase.fresh();
    DatabaseMigration.schema(database.dataSource()).migrate();
    hibernate = ParleyHibernate.validatingAgainst(database);
  }

  @AfterEach
  void close() {
    hibernate.close();
    database.close();
  }

  @Test
  void keysOlderThanTheRetentionAreDeletedAndTheOthersKept() throws SQLException {
    insert("old", NOW.minusSeconds(24 * 3600 + 1));
    insert("exactly-a-day", NOW.minusSeconds(24 * 3600));
    insert("recent", NOW.minusSeconds(60));

    hibernate
        .sessionFactory()
        .inTransaction(
            session ->
                new ExpiredIdempotencyKeys(session)
                    .run(new JobRun(ExpiredIdempotencyKeys.NAME, NOW, NOW, "node-a")));

    assertEquals(List.of("exactly-a-day", "recent"), keys());
  }

  @Test
  void theMigrationsScheduleTheJob() throws SQLException {
    try (Connection connection = database.connection();
        PreparedStatement select =
            connection.prepareStatement("select count(*) from scheduled_job where name = ?")) {
      select.setString(1, ExpiredIdempotencyKeys.NAME);
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        assertEquals(1, rows.getInt(1));
      }
    }
  }

  private void insert(String key, Instant createdAt) throws SQLException {
    try (Connection connection = database.connection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into idempotency_record"
                    + " (username, idempotency_key, request_hash, request, outcome, created_at)"
                    + " values ('drafter', ?, 'hash', 'POST /api/proposals', '{}', ?)")) {
      insert.setString(1, key);
      insert.setTimestamp(2, Timestamp.from(createdAt));
      insert.executeUpdate();
    }
  }

  private List<String> keys() throws SQLException {
    List<String> keys = new ArrayList<>();
    try (Connection connection = database.connection();
        ResultSet rows =
            connection
                .createStatement()
                .executeQuery(
                    "select idempotency_key from idempotency_record order by idempotency_key")) {
      while (rows.next()) {
        keys.add(rows.getString(1));
      }
    }
    return keys;
  }
}
