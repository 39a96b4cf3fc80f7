package org.parley.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.Test;

/**
 * Flyway owns the schema and Hibernate must agree with it: every entity of Parley is validated
 * against a database migrated from empty by the application's own migrations.
 */
class SchemaValidationIT {

  private static final List<Class<?>> ENTITIES =
      new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .importPackages("org.parley")
              .stream()
              .filter(type -> type.isAnnotatedWith(Entity.class))
              .map(JavaClass::reflect)
              .<Class<?>>map(type -> type)
              .toList();

  @Test
  void hibernateValidatesEveryEntityAgainstTheMigratedSchema() {
    String url = migratedDatabase("classpath:db/migration");

    assertFalse(ENTITIES.isEmpty());
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
    StandardServiceRegistry registry =
        new StandardServiceRegistryBuilder()
            .applySettings(
                Map.of(
                    "hibernate.connection.url", url,
                    "hibernate.connection.username", "sa",
                    "hibernate.connection.password", "",
                    "hibernate.hbm2ddl.auto", "validate",
                    "jakarta.persistence.validation.mode", "none"))
            .build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      ENTITIES.forEach(sources::addAnnotatedClass);
      try (SessionFactory sessionFactory = sources.buildMetadata().buildSessionFactory()) {
        sessionFactory.getMetamodel();
      }
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }
}
