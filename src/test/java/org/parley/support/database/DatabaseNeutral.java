package org.parley.support.database;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * An IT whose outcome does not depend on the database engine: pages, browser journeys, headers,
 * sessions and the security batteries whose SQL other, {@link DatabaseSensitive} ITs already run.
 * It runs on H2 only unless {@code -Dparley.it.groups=} (empty) asks the PostgreSQL run for every
 * IT. A test of such a class that does depend on the engine carries {@link DatabaseSensitive}
 * itself.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag(DatabaseNeutral.TAG)
public @interface DatabaseNeutral {

  String TAG = "database-neutral";

  /** Why the database engine cannot change the outcome, and which ITs cover what it stores. */
  String value();
}
