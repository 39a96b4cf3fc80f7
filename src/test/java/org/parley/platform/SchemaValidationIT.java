package org.parley.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.flywaydb.core.Flyway;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.Test;
import org.parley.support.ParleyHibernate;
import org.parley.support.TestDatabase;
import org.parley.support.database.DatabaseSensitive;

/**
 * Flyway owns the schema and Hibernate must agree with it: every entity of Parley is validated
 * against a database migrated from empty by the application's own migrations, on the run's engine.
 */
@DatabaseSensitive("the migrations and Hibernate's validation of every mapping against them")
class SchemaValidationIT {

  @Test
  void hibernateValidatesEveryEntityAgainstTheMigratedSchema() {
    try (TestDatabase database = TestDatabase.fresh()) {
      Flyway.configure()
          .dataSource(database.dataSource())
          .locations("classpath:db/migration")
          .load()
          .migrate();

      assertFalse(ParleyHibernate.ENTITIES.isEmpty());
      assertDoesNotThrow(() -> validate(database));
    }
  }

  @Test
  void validationFailsAgainstASchemaThatLacksTheTables() {
    try (TestDatabase database = TestDatabase.fresh()) {
      assertThrows(SchemaManagementException.class, () -> validate(database));
    }
  }

  private static void validate(TestDatabase database) {
    try (ParleyHibernate hibernate = ParleyHibernate.validatingAgainst(database)) {
      hibernate.sessionFactory().getMetamodel();
    }
  }
}
