package org.parley.support.database;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * An IT (or one test of a {@link DatabaseNeutral} IT) whose outcome could differ between H2 and
 * PostgreSQL: SQL of its own (queries, paging, sorting, text filters), locking and concurrency,
 * grants, migrations and schema validation, the audit chain, the demo data. It runs in every {@code
 * ./mvnw verify}, on H2 and on PostgreSQL ({@code -Dparley.db=postgresql} runs only these by
 * default). When in doubt, an IT is database-sensitive.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Tag(DatabaseSensitive.TAG)
public @interface DatabaseSensitive {

  /** The JUnit tag, which failsafe's {@code groups} selects (pom.xml, {@code parley.it.groups}). */
  String TAG = "database-sensitive";

  /** What of the database the test depends on. */
  String value();
}
