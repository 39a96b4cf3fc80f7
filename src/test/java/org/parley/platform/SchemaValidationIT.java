package org.parley.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.Test;
import org.parley.support.ParleyHibernate;
import org.parley.support.database.DatabaseSensitive;

/**
 * Flyway owns the schema and Hibernate must agree with it: every entity of Parley is validated
 * against a database migrated from empty by the application's own migrations.
 */
@DatabaseSensitive("the migrations and Hibernate's validation of every mapping against them")
class SchemaValidationIT {

  @Test
  void hibernateValidatesEveryEntityAgainstTheMigratedSchema() {
    String url = migratedDatabase("classpath:db/migration");

    assertFalse(ParleyHibernate.ENTITIES.isEmpty());
    assertDoesNotThrow(() -> validate(url));
  }

  @Test
  void validationFailsAgainstASchemaThatLacksTheTables() {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    assertThrows(SchemaManagementException.class, () -> validate(url));
  }

  private static String migratedDatabase(String location) {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure().dataSource(url, "sa", "").locations(location).load().migrate();
    return url;
  }

  private static void validate(String url) {
    try (ParleyHibernate hibernate = ParleyHibernate.validatingAgainst(url)) {
      hibernate.sessionFactory().getMetamodel();
    }
  }
}
