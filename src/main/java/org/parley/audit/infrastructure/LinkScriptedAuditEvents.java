package org.parley.audit.infrastructure;

import java.sql.SQLException;
import java.util.logging.Logger;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * A Flyway callback that links the audit events a data script has just inserted (the demo data of
 * {@code db/dev} writes plain rows, without chain columns) into the audit chain, in the script's
 * own transaction. It runs only after a script that was actually applied, so restarting a server
 * never links rows that appeared in between: those stay outside the chain, and a verification
 * reports them (docs/adr/0009).
 */
public final class LinkScriptedAuditEvents implements Callback {

  private static final Logger LOG = Logger.getLogger(LinkScriptedAuditEvents.class.getName());

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.AFTER_EACH_MIGRATE;
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    try {
      int linked = JdbcAuditChain.linkUnchainedInTransaction(context.getConnection());
      if (linked > 0) {
        LOG.info(
            () ->
                "Linked "
                    + linked
                    + " audit events of "
                    + context.getMigrationInfo().getScript()
                    + " into the audit chain");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not link the script's audit events.", e);
    }
  }

  @Override
  public String getCallbackName() {
    return "linkScriptedAuditEvents";
  }
}
