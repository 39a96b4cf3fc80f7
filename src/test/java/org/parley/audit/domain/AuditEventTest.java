package org.parley.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AuditEventTest {

  private static final Set<String> HASH_COLUMNS = Set.of("previous_hash", "event_hash");
  private static final ChainLink PREVIOUS = new ChainLink(41, "5a".repeat(32));

  private static AuditEvent event() {
    return new AuditEvent(
        Instant.parse("2026-10-01T11:05:00.123456789Z"),
        "ic",
        "IC",
        AuditAction.POSITION_TAKEN,
        1L,
        "IN_CLEARANCE",
        "IN_CLEARANCE",
        2,
        "IC: CONCUR_WITH_COMMENTS (1 comment)");
  }

  /** An event placed after {@link #PREVIOUS}, with the id persisting gives it. */
  private static AuditEvent persisted() {
    AuditEvent event = event();
    event.placeAfter(PREVIOUS);
    set(event, field("id"), 1042L);
    return event;
  }

  /** Every persistent field of the entity (not static, not transient). */
  private static List<Field> persistentFields() {
    return Arrays.stream(AuditEvent.class.getDeclaredFields())
        .filter(f -> !Modifier.isStatic(f.getModifiers()))
        .filter(f -> !f.isAnnotationPresent(Transient.class))
        .toList();
  }

  private static String column(Field field) {
    Column column = field.getAnnotation(Column.class);
    return column == null || column.name().isEmpty() ? field.getName() : column.name();
  }

  @Test
  void theHashCoversEveryColumnTheEntityMaps() {
    Set<String> mapped = new TreeSet<>();
    persistentFields().forEach(f -> mapped.add(column(f)));
    Stream.of(AuditEvent.class.getDeclaredMethods())
        .map(m -> m.getAnnotation(Column.class))
        .filter(c -> c != null)
        .forEach(c -> mapped.add(c.name()));
    mapped.removeAll(HASH_COLUMNS);

    assertEquals(mapped, persisted().hashedColumns().keySet());
    assertTrue(persistentFields().stream().anyMatch(f -> f.isAnnotationPresent(Id.class)));
  }

  @Test
  void changingAnyFieldOfAnEventChangesItsHash() {
    for (Field field : persistentFields()) {
      if (HASH_COLUMNS.contains(column(field))) {
        continue;
      }
      AuditEvent event = persisted();
      String original = AuditHash.of(PREVIOUS.hash(), event.hashedColumns());
      set(event, field, otherValue(field, get(event, field)));
      assertNotEquals(
          original, AuditHash.of(PREVIOUS.hash(), event.hashedColumns()), field.getName());
    }
  }

  @Test
  void anEventPlacedInTheChainTakesTheNextPositionAndLinksToThePreviousHash() {
    AuditEvent event = persisted();

    ChainLink link = event.getLink().orElseThrow();

    assertEquals(42, link.position());
    assertEquals(AuditHash.of(PREVIOUS.hash(), event.hashedColumns()), link.hash());
    assertEquals(42L, event.hashedColumns().get("chain_position"));
    assertEquals(PREVIOUS.hash(), get(event, field("previousHash")));
  }

  @Test
  void anEventHasNoHashBeforeItIsPlacedAndPersisted() {
    AuditEvent unplaced = event();
    AuditEvent placedWithoutId = event();
    placedWithoutId.placeAfter(PREVIOUS);

    assertEquals(Optional.empty(), unplaced.getLink());
    assertEquals(Optional.empty(), placedWithoutId.getLink());
  }

  @Test
  void anEventIsPlacedInTheChainOnlyOnce() {
    AuditEvent event = persisted();

    assertThrows(IllegalStateException.class, () -> event.placeAfter(PREVIOUS));
  }

  @Test
  void theInstantIsKeptToTheMicrosecondTheDatabaseStores() {
    assertEquals(Instant.parse("2026-10-01T11:05:00.123456Z"), event().getAt());
  }

  @Test
  void theHashColumnIsMappedThroughItsGetterSoItIsComputedOnInsert() throws Exception {
    Method getter = AuditEvent.class.getDeclaredMethod("getEventHash");

    assertEquals("event_hash", getter.getAnnotation(Column.class).name());
    assertTrue(field("eventHash").isAnnotationPresent(Transient.class));
  }

  // --- reflection helpers ---

  private static Field field(String name) {
    try {
      Field field = AuditEvent.class.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object get(AuditEvent event, Field field) {
    try {
      field.setAccessible(true);
      return field.get(event);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void set(AuditEvent event, Field field, Object value) {
    try {
      field.setAccessible(true);
      field.set(event, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A value of the field's type that differs from {@code current}. */
  private static Object otherValue(Field field, Object current) {
    Class<?> type = field.getType();
    if (type == Long.class || type == long.class) {
      return current == null ? 7L : (Long) current + 1;
    }
    if (type == Integer.class || type == int.class) {
      return current == null ? 7 : (Integer) current + 1;
    }
    if (type == String.class) {
      return current == null ? "x" : current + "x";
    }
    if (type == Instant.class) {
      return ((Instant) current).plusNanos(1_000);
    }
    if (type == AuditAction.class) {
      return current == AuditAction.CREATED ? AuditAction.EDITED : AuditAction.CREATED;
    }
    throw new IllegalStateException(
        "AuditEventTest does not know how to change a "
            + type
            + " (field "
            + field.getName()
            + ")");
  }
}
