package org.parley;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dependency rules of STYLE.md §2 and docs/adr/0021. Each rule is checked on Parley and, so
 * that we know it can fail at all, on the deliberately broken samples in {@code
 * org.parley.archfixture}.
 */
class ArchitectureTest {

  private static final String ROOT = "org.parley";
  private static final String BROKEN_ROOT = "org.parley.archfixture";

  /** The shared kernel, the security kernel and the glue: every feature may use them. */
  private static final Set<String> NOT_FEATURES = Set.of("shared", "access", "platform");

  /**
   * The values of a feature's domain that other features may read, as docs/adr/0021 lists them:
   * what its application API hands out or takes in. Anything else of a domain stays inside.
   */
  private static final Map<String, Set<String>> PUBLISHED_VALUES =
      Map.of(
          "proposal",
          Set.of("ProposalContent", "PhaseContent", "OurCategory", "TheirCategory", "StatusChange"),
          "ledger",
          Set.of(
              "LedgerDraft",
              "StepTerms",
              "Ledger",
              "LedgerStep",
              "PhaseBalance",
              "Finding",
              "RuleName",
              "Severity"),
          "clearance",
          Set.of("Position", "CommentType", "RoundOutcome"),
          "audit",
          Set.of("AuditAction"));

  private static final JavaClasses PARLEY =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ROOT);
  private static final JavaClasses BROKEN = new ClassFileImporter().importPackages(BROKEN_ROOT);

  static Stream<Function<String, ArchRule>> rules() {
    return Stream.of(
        ArchitectureTest::domainDependsOnlyOnJdkPersistenceAndValidation,
        ArchitectureTest::webAndApiStayOffInfrastructure,
        ArchitectureTest::applicationReachesInfrastructureOnlyThroughPorts,
        ArchitectureTest::featuresMeetOnlyThroughApplicationOrPublishedValues,
        ArchitectureTest::sharedKernelDependsOnNoFeature,
        ArchitectureTest::securityKernelDependsOnNoFeature,
        ArchitectureTest::platformKnowsNoFeature,
        ArchitectureTest::topLevelPackagesAreFreeOfCycles);
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

  @Test
  void aDomainRecordCrossesOnlyWhenItIsListedAsPublished() {
    JavaClasses unlisted =
        new ClassFileImporter()
            .importClasses(
                org.parley.archfixture.gamma.api.GammaResource.class,
                org.parley.archfixture.alpha.domain.AlphaTerms.class);
    assertThrows(
        AssertionError.class,
        () -> featuresMeetOnlyThroughApplicationOrPublishedValues(BROKEN_ROOT).check(unlisted));
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

  /**
   * A service declares what it needs from the database or a library as an interface of its own
   * package (a port, like {@code InboxQueries}); infrastructure implements it.
   */
  static ArchRule applicationReachesInfrastructureOnlyThroughPorts(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".*.application..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".*.infrastructure..");
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

  /** Who calls, their roles and the policy table: used by every feature, so it uses none. */
  static ArchRule securityKernelDependsOnNoFeature(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".access..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "jakarta..", root + ".shared..", root + ".access..");
  }

  /** The glue (REST and Faces plumbing, migrations, scheduling) serves features and names none. */
  static ArchRule platformKnowsNoFeature(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".platform..")
        .should()
        .onlyDependOnClassesThat(
            resideOutsideOfPackage(root + "..")
                .or(resideInAnyPackage(root + ".platform..", root + ".shared..")));
  }

  /**
   * Features depend one way only: a cycle between top-level packages means neither can change or be
   * understood without the other.
   */
  static ArchRule topLevelPackagesAreFreeOfCycles(String root) {
    return slices().matching(root + ".(*)..").should().beFreeOfCycles();
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
   * A value of another feature's domain that docs/adr/0021 publishes (or a type nested in one): an
   * enum or record, never an entity or repository.
   */
  private static boolean isPublishedValue(JavaClass target, String root, String feature) {
    JavaClass outermost = target;
    while (outermost.getEnclosingClass().isPresent()) {
      outermost = outermost.getEnclosingClass().get();
    }
    return target.getPackageName().equals(root + "." + feature + ".domain")
        && (target.isEnum() || target.isRecord())
        && PUBLISHED_VALUES.getOrDefault(feature, Set.of()).contains(outermost.getSimpleName());
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
