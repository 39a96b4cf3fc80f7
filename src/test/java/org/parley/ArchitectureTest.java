package org.parley;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dependency rules of STYLE.md §2. Each rule is checked on Parley and, so that we know it can
 * fail at all, on the deliberately broken samples in {@code org.parley.archfixture}.
 */
class ArchitectureTest {

  private static final String ROOT = "org.parley";
  private static final String BROKEN_ROOT = "org.parley.archfixture";
  private static final Set<String> NOT_FEATURES = Set.of("shared", "platform");

  private static final JavaClasses PARLEY =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ROOT);
  private static final JavaClasses BROKEN = new ClassFileImporter().importPackages(BROKEN_ROOT);

  static Stream<Function<String, ArchRule>> rules() {
    return Stream.of(
        ArchitectureTest::domainDependsOnlyOnJdkPersistenceAndValidation,
        ArchitectureTest::webAndApiStayOffInfrastructure,
        ArchitectureTest::featuresMeetOnlyThroughApplicationOrPublishedValues,
        ArchitectureTest::sharedKernelDependsOnNoFeature);
  }

  @ParameterizedTest
  @MethodSource("rules")
  void parleyFollowsTheRule(Function<String, ArchRule> rule) {
    rule.apply(ROOT).check(PARLEY);
  }

  @ParameterizedTest
  @MethodSource("rules")
  void theRuleCatchesItsBrokenSample(Function<String, ArchRule> rule) {
    assertThrows(AssertionError.class, () -> rule.apply(BROKEN_ROOT).check(BROKEN));
  }

  static ArchRule domainDependsOnlyOnJdkPersistenceAndValidation(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".*.domain..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "jakarta.persistence..",
            "jakarta.validation..",
            root + ".shared..",
            root + ".*.domain..");
  }

  static ArchRule webAndApiStayOffInfrastructure(String root) {
    return noClasses()
        .that()
        .resideInAnyPackage(root + ".*.web..", root + ".*.api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(root + ".*.infrastructure..", "jakarta.persistence..");
  }

  static ArchRule featuresMeetOnlyThroughApplicationOrPublishedValues(String root) {
    return classes()
        .that()
        .resideInAPackage(root + "..")
        .should(onlyReachOtherFeaturesThroughTheirApplicationPackage(root))
        .allowEmptyShould(true);
  }

  static ArchRule sharedKernelDependsOnNoFeature(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".shared..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "jakarta..", root + ".shared..");
  }

  private static ArchCondition<JavaClass> onlyReachOtherFeaturesThroughTheirApplicationPackage(
      String root) {
    return new ArchCondition<>("only reach other features through their application package") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        Optional<String> ownFeature = feature(root, origin.getPackageName());
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          String target = dependency.getTargetClass().getPackageName();
          Optional<String> targetFeature = feature(root, target);
          boolean crossesIntoFeatureInternals =
              targetFeature.isPresent()
                  && !targetFeature.equals(ownFeature)
                  && !target.startsWith(root + "." + targetFeature.get() + ".application")
                  && !isPublishedValue(dependency.getTargetClass(), root, targetFeature.get());
          if (crossesIntoFeatureInternals && ownFeature.isPresent()) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  /**
   * An enum or record of another feature's domain that its application API hands out (a status, a
   * category, a phase as content): the features' shared language, never an entity or repository.
   */
  private static boolean isPublishedValue(JavaClass target, String root, String feature) {
    return target.getPackageName().startsWith(root + "." + feature + ".domain")
        && (target.isEnum() || target.isRecord());
  }

  /** The feature a package belongs to: its first segment below the root, unless shared glue. */
  private static Optional<String> feature(String root, String packageName) {
    if (!packageName.startsWith(root + ".")) {
      return Optional.empty();
    }
    String segment = packageName.substring(root.length() + 1).split("\\.")[0];
    return NOT_FEATURES.contains(segment) || segment.equals("archfixture")
        ? Optional.empty()
        : Optional.of(segment);
  }
}
