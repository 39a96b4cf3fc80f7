package org.parley.support.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every IT says whether the database engine can change its outcome, so that the PostgreSQL run,
 * which runs only the {@link DatabaseSensitive} ones by default, never drops an IT by oversight: an
 * IT class carries exactly one of {@link DatabaseSensitive} and {@link DatabaseNeutral}, with its
 * reason, and a test method marks itself {@link DatabaseSensitive} only inside a neutral class.
 */
class DatabaseClassificationTest {

  @Test
  void everyItIsEitherDatabaseSensitiveOrDatabaseNeutralWithItsReason() {
    List<Class<?>> its =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("org.parley")
                .stream()
                .filter(type -> type.isTopLevelClass() && type.getSimpleName().endsWith("IT"))
                .map(JavaClass::reflect)
                .<Class<?>>map(type -> type)
                .sorted(Comparator.comparing(Class::getName))
                .toList();

    assertTrue(its.size() > 50, "ITs found: " + its.size());
    assertEquals(List.of(), problems(its));
  }

  @Test
  void anUnclassifiedOrDoublyClassifiedItIsNamed() {
    assertEquals(
        List.of(
            Unclassified.class.getName() + ": neither @DatabaseSensitive nor @DatabaseNeutral",
            Both.class.getName() + ": both @DatabaseSensitive and @DatabaseNeutral",
            Blank.class.getName() + ": @DatabaseNeutral without a reason",
            Redundant.class.getName()
                + ".query: @DatabaseSensitive on a test of a class that is already"),
        problems(List.of(Unclassified.class, Both.class, Blank.class, Redundant.class)));
  }

  static List<String> problems(List<Class<?>> its) {
    List<String> problems = new ArrayList<>();
    for (Class<?> it : its) {
      DatabaseSensitive sensitive = it.getAnnotation(DatabaseSensitive.class);
      DatabaseNeutral neutral = it.getAnnotation(DatabaseNeutral.class);
      if (sensitive == null && neutral == null) {
        problems.add(it.getName() + ": neither @DatabaseSensitive nor @DatabaseNeutral");
      } else if (sensitive != null && neutral != null) {
        problems.add(it.getName() + ": both @DatabaseSensitive and @DatabaseNeutral");
      } else if (sensitive != null && sensitive.value().isBlank()) {
        problems.add(it.getName() + ": @DatabaseSensitive without a reason");
      } else if (neutral != null && neutral.value().isBlank()) {
        problems.add(it.getName() + ": @DatabaseNeutral without a reason");
      }
      for (Method method : it.getDeclaredMethods()) {
        DatabaseSensitive test = method.getAnnotation(DatabaseSensitive.class);
        if (test != null && sensitive != null) {
          problems.add(
              it.getName()
                  + "."
                  + method.getName()
                  + ": @DatabaseSensitive on a test of a class that is already");
        } else if (test != null && test.value().isBlank()) {
          problems.add(
              it.getName() + "." + method.getName() + ": @DatabaseSensitive without a reason");
        }
      }
    }
    return problems;
  }

  // --- samples that the rules must catch ---

  static class Unclassified {}

  @DatabaseSensitive("locks")
  @DatabaseNeutral("pages")
  static class Both {}

  @DatabaseNeutral(" ")
  static class Blank {}

  @DatabaseSensitive("SQL")
  static class Redundant {
    @DatabaseSensitive("SQL")
    void query() {}
  }
}
