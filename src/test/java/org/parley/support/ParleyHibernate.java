package org.parley.support;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Hibernate over every {@code @Entity} of Parley, bootstrapped outside the server for in-process
 * ITs: it validates the mappings against the database (Flyway owns the schema) and then serves
 * sessions over it.
 */
public final class ParleyHibernate implements AutoCloseable {

  /** Every entity class of Parley's main code. */
  public static final List<Class<?>> ENTITIES =
      new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .importPackages("org.parley")
              .stream()
              .filter(type -> type.isAnnotatedWith(Entity.class))
              .map(JavaClass::reflect)
              .<Class<?>>map(type -> type)
              .toList();

  private final StandardServiceRegistry registry;
  private final SessionFactory sessionFactory;

  private ParleyHibernate(StandardServiceRegistry registry, SessionFactory sessionFactory) {
    this.registry = registry;
    this.sessionFactory = sessionFactory;
  }

  /**
   * Hibernate over {@code database}, configured like persistence.xml (UTC, no schema generation)
   * except that it validates every mapping against the schema, and so fails to start when they
   * disagree.
   */
  public static ParleyHibernate validatingAgainst(TestDatabase database) {
    return validatingAgainst(database, Map.of());
  }

  /** {@link #validatingAgainst(TestDatabase)} with further settings (statistics, pools). */
  public static ParleyHibernate validatingAgainst(
      TestDatabase database, Map<String, Object> settings) {
    return validatingAgainst(database.url(), database.user(), database.password(), settings);
  }

  /** Hibernate over the H2 database at {@code url} (user {@code sa}), as above. */
  public static ParleyHibernate validatingAgainst(String url) {
    return validatingAgainst(url, "sa", "", Map.of());
  }

  private static ParleyHibernate validatingAgainst(
      String url, String user, String password, Map<String, Object> settings) {
    StandardServiceRegistry registry =
        new StandardServiceRegistryBuilder()
            .applySettings(
                Map.of(
                    "hibernate.connection.url",
                    url,
                    "hibernate.connection.username",
                    user,
                    "hibernate.connection.password",
                    password,
                    "hibernate.hbm2ddl.auto",
                    "validate",
                    "hibernate.jdbc.time_zone",
                    "UTC",
                    "jakarta.persistence.validation.mode",
                    "none"))
            .applySettings(settings)
            .build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      ENTITIES.forEach(sources::addAnnotatedClass);
      return new ParleyHibernate(registry, sources.buildMetadata().buildSessionFactory());
    } catch (RuntimeException e) {
      StandardServiceRegistryBuilder.destroy(registry);
      throw e;
    }
  }

  public SessionFactory sessionFactory() {
    return sessionFactory;
  }

  @Override
  public void close() {
    try {
      sessionFactory.close();
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }
}
