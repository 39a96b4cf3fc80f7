package org.parley;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code @ViewScoped} and {@code @SessionScoped} bean can travel with the session to another
 * cluster node (issue 5): it is {@link Serializable}, and every field that is not transient holds a
 * serializable value. Injected beans of a normal scope are fine (CDI injects a serializable client
 * proxy); an {@link EntityManager} or an {@link Entity} never is. The rule is checked on Parley
 * and, so that we know it can fail, on the broken samples in {@code org.parley.archfixture.gamma}.
 */
class SessionStateTest {

  private static final List<Class<? extends Annotation>> REPLICATED_SCOPES =
      List.of(ViewScoped.class, SessionScoped.class, ConversationScoped.class);

  private static final List<Class<? extends Annotation>> NORMAL_SCOPES =
      List.of(
          ApplicationScoped.class,
          RequestScoped.class,
          SessionScoped.class,
          ViewScoped.class,
          ConversationScoped.class);

  /** Interfaces whose JDK implementations are serializable when their elements are. */
  private static final Set<Class<?>> SERIALIZABLE_CONTAINERS =
      Set.of(List.class, Set.class, Map.class, Collection.class, Optional.class);

  @Test
  void everyViewAndSessionScopedBeanOfParleyIsSerializable() {
    List<Class<?>> beans = replicatedBeans("org.parley", true);
    assertTrue(beans.size() >= 10, "found only " + beans);
    List<String> problems = beans.stream().flatMap(SessionStateTest::problems).toList();
    assertEquals(List.of(), problems);
  }

  @Test
  void theRuleCatchesItsBrokenSamples() {
    List<String> problems =
        replicatedBeans("org.parley.archfixture.gamma", false).stream()
            .flatMap(SessionStateTest::problems)
            .toList();
    assertEquals(4, problems.size(), String.join("\n", problems));
    assertTrue(problems.stream().anyMatch(p -> p.contains("entityManager")), problems::toString);
    assertTrue(problems.stream().anyMatch(p -> p.contains("anything")), problems::toString);
    assertTrue(problems.stream().anyMatch(p -> p.contains("threads")), problems::toString);
    assertTrue(
        problems.stream().anyMatch(p -> p.contains("UnserializableSessionBean is not")),
        problems::toString);
    assertFalse(problems.stream().anyMatch(p -> p.contains("fine")), problems::toString);
  }

  private static List<Class<?>> replicatedBeans(String root, boolean mainOnly) {
    ClassFileImporter importer = new ClassFileImporter();
    if (mainOnly) {
      importer = importer.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
    }
    return importer.importPackages(root).stream()
        .filter(c -> REPLICATED_SCOPES.stream().anyMatch(c::isAnnotatedWith))
        .map(JavaClass::reflect)
        .<Class<?>>map(c -> c)
        .toList();
  }

  /** What keeps {@code bean} from being replicated, one line each. */
  static Stream<String> problems(Class<?> bean) {
    List<String> problems = new ArrayList<>();
    if (!Serializable.class.isAssignableFrom(bean)) {
      problems.add(bean.getName() + " is not Serializable");
      return problems.stream();
    }
    for (Class<?> type = bean; type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
          continue;
        }
        String where = bean.getName() + "." + field.getName();
        if (field.isAnnotationPresent(Inject.class) && isNormalScopedBean(field.getType())) {
          continue;
        }
        unserializable(field.getGenericType())
            .ifPresent(why -> problems.add(where + " holds " + why));
      }
    }
    return problems.stream();
  }

  private static boolean isNormalScopedBean(Class<?> type) {
    return NORMAL_SCOPES.stream().anyMatch(type::isAnnotationPresent);
  }

  /** Why a value of {@code type} may not be serializable, or empty when it always is. */
  private static Optional<String> unserializable(Type type) {
    if (type instanceof Class<?> raw) {
      if (raw == EntityManager.class || raw.isAnnotationPresent(Entity.class)) {
        return Optional.of(raw.getName() + ", which must never be held by a page");
      }
      if (raw.isArray()) {
        return unserializable(raw.getComponentType());
      }
      if (raw.isPrimitive() || Serializable.class.isAssignableFrom(raw)) {
        return Optional.empty();
      }
      return Optional.of(raw.getName() + ", which is not Serializable");
    }
    if (type instanceof ParameterizedType generic) {
      Class<?> raw = (Class<?>) generic.getRawType();
      if (!SERIALIZABLE_CONTAINERS.contains(raw)) {
        Optional<String> rawProblem = unserializable(raw);
        if (rawProblem.isPresent()) {
          return rawProblem;
        }
      }
      for (Type argument : generic.getActualTypeArguments()) {
        Optional<String> problem = unserializable(argument);
        if (problem.isPresent()) {
          return problem.map(p -> "a " + raw.getSimpleName() + " of " + p);
        }
      }
      return Optional.empty();
    }
    if (type instanceof GenericArrayType array) {
      return unserializable(array.getGenericComponentType());
    }
    if (type instanceof WildcardType wildcard) {
      return unserializable(wildcard.getUpperBounds()[0]);
    }
    if (type instanceof TypeVariable<?> variable) {
      return unserializable(variable.getBounds()[0]);
    }
    return Optional.of(type + ", which cannot be checked");
  }
}
