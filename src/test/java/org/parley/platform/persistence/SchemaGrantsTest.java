package org.parley.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaGrantsTest {

  @Test
  void rowsOfEveryTableButAuditEventsOnlyAddedAndRead() {
    List<String> statements =
        SchemaGrants.statements("public", "parley_app", List.of("flyway_schema_history"));

    assertTrue(
        statements.contains(
            "grant select, insert, update, delete on all tables in schema \"public\""
                + " to \"parley_app\""));
    assertTrue(
        statements.contains(
            "revoke update, delete, truncate on \"public\".audit_event from \"parley_app\""));
    assertEquals(
        statements.size() - 1,
        statements.indexOf(
            "revoke insert, update, delete, truncate on \"public\".flyway_schema_history"
                + " from \"parley_app\""),
        "the revocations come after the grant of all tables");
  }

  @Test
  void aHistoryTableThatIsNotThereIsLeftAlone() {
    List<String> statements = SchemaGrants.statements("public", "app", List.of());

    assertFalse(statements.stream().anyMatch(s -> s.contains("flyway_demo_history")));
  }

  @Test
  void namesAreQuotedIdentifiers() {
    assertEquals("\"we\"\"ird\"", SchemaGrants.quoted("we\"ird"));
  }
}
