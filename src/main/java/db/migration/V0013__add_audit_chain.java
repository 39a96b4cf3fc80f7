package db.migration;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.parley.audit.domain.ChainLink;
import org.parley.audit.infrastructure.JdbcAuditChain;

/**
 * Adds the audit chain (docs/adr/0009): a position, the previous event's hash and the event's own
 * hash on every audit event, the one-row chain head, and links every event that already exists,
 * oldest first (by {@code occurred_at}, then id), so that a database created before the chain is
 * chained deterministically.
 *
 * <p>A Java migration, not SQL: linking needs SHA-256 over the canonical encoding of {@code
 * AuditHash}, which neither H2 nor PostgreSQL can compute in SQL, and it must be the very code the
 * application and the verifier use. The DDL is the same on H2 and PostgreSQL. Flyway finds this
 * class in {@code classpath:db/migration} like the SQL files.
 */
public class V0013__add_audit_chain extends BaseJavaMigration {

  private static final String[] DDL = {
    "alter table audit_event add column chain_position bigint",
    "alter table audit_event add column previous_hash varchar(64)",
    "alter table audit_event add column event_hash varchar(64)",
    "alter table audit_event add constraint uq_audit_event_chain_position unique (chain_position)",
    """
    create table audit_chain_head (
        id            bigint      not null,
        last_position bigint      not null,
        last_hash     varchar(64) not null,
        version       bigint      not null,
        constraint pk_audit_chain_head primary key (id),
        constraint ck_audit_chain_head_single check (id = 1)
    )""",
    "insert into audit_chain_head (id, last_position, last_hash, version)"
        + " values (1, 0, '"
        + ChainLink.GENESIS.hash()
        + "', 0)"
  };

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (Statement statement = connection.createStatement()) {
      for (String ddl : DDL) {
        statement.execute(ddl);
      }
    }
    JdbcAuditChain.linkUnchained(connection);
  }
}
