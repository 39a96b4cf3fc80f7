package org.parley.audit.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.parley.audit.domain.AuditChainStore;
import org.parley.audit.domain.ChainLink;
import org.parley.audit.domain.ChainVerdict;

/** The audit chain of Parley's datasource, walked over one JDBC connection. */
@ApplicationScoped
class JdbcAuditChainStore implements AuditChainStore {

  @Resource(lookup = "java:jboss/datasources/ParleyDS")
  private DataSource dataSource;

  @Override
  public ChainVerdict verify(Optional<ChainLink> anchor) {
    try (Connection connection = dataSource.getConnection()) {
      return JdbcAuditChain.verify(connection, anchor);
    } catch (SQLException e) {
      throw new IllegalStateException("The audit chain could not be read.", e);
    }
  }
}
