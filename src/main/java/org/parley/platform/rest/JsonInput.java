package org.parley.platform.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.shared.InvalidInputException;

/**
 * Strict reading of a JSON request body, one object at a time. Every value is checked for presence,
 * JSON type, enum constant and length as it is read, and the first problem throws {@link
 * InvalidInputException} naming the exact field path ({@code phases[1].steps[0].theirs.category}),
 * so that a REST client can find it and nothing is written. Members the contract does not name are
 * ignored, so that a client may send back what it read.
 *
 * <p>Required means present and not {@code null}; a required text must also not be blank. Optional
 * values may be absent or {@code null}; an optional text that is blank counts as absent.
 */
public final class JsonInput {

  private final JsonObject object;
  private final String path;

  private JsonInput(JsonObject object, String path) {
    this.object = object;
    this.path = path;
  }

  /** A request body; a missing body is refused. */
  public static JsonInput of(JsonObject body) {
    if (body == null) {
      throw new InvalidInputException(null, "The request needs a JSON object as its body.");
    }
    return new JsonInput(body, "");
  }

  /** The path of member {@code name} of this object, as problems name it. */
  public String field(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** A required text of at most {@code max} characters, not blank. */
  public String text(String name, int max) {
    return checkedText(field(name), required(name), max);
  }

  /** An optional text of at most {@code max} characters; blank counts as absent. */
  public Optional<String> optionalText(String name, int max) {
    return optional(name)
        .map(value -> string(field(name), value))
        .filter(text -> !text.isBlank())
        .map(text -> limited(field(name), text, max));
  }

  /** A required constant of {@code type}, given by its name. */
  public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
    return constant(field(name), required(name), type);
  }

  /** An optional constant of {@code type}. */
  public <E extends Enum<E>> Optional<E> optionalEnumValue(String name, Class<E> type) {
    return optional(name).map(value -> constant(field(name), value, type));
  }

  /** An optional array of constants of {@code type}; absent means empty. */
  public <E extends Enum<E>> List<E> enumValues(String name, Class<E> type) {
    return optionalArray(name, (value, at) -> constant(at, value, type));
  }

  /** A required whole number (an id); {@code 7.0} counts as 7. */
  public long longValue(String name) {
    JsonValue value = required(name);
    if (!(value instanceof JsonNumber number)) {
      throw wrongType(field(name), value, "a number");
    }
    BigDecimal decimal = number.bigDecimalValue();
    try {
      return decimal.longValueExact();
    } catch (ArithmeticException notALong) {
      boolean fraction = decimal.stripTrailingZeros().scale() > 0;
      throw new InvalidInputException(
          field(name), field(name) + (fraction ? " must be a whole number." : " is out of range."));
    }
  }

  /** An optional whole number (an id): empty when absent or {@code null}. */
  public Optional<Long> optionalLongValue(String name) {
    return optional(name).isPresent() ? Optional.of(longValue(name)) : Optional.empty();
  }

  /** A required {@code true} or {@code false}. */
  public boolean booleanValue(String name) {
    JsonValue value = required(name);
    return switch (value.getValueType()) {
      case TRUE -> true;
      case FALSE -> false;
      default -> throw wrongType(field(name), value, "true or false");
    };
  }

  /** A required nested object. */
  public JsonInput object(String name) {
    return nested(required(name), field(name));
  }

  /** An optional nested object: empty when absent or {@code null}. */
  public Optional<JsonInput> optionalObject(String name) {
    return optional(name).map(value -> nested(value, field(name)));
  }

  /** A required array of objects (it may be empty), each read at its own path. */
  public List<JsonInput> objects(String name) {
    JsonValue value = required(name);
    return elements(field(name), value, JsonInput::nested);
  }

  /** An optional array of objects; absent means empty. */
  public List<JsonInput> optionalObjects(String name) {
    return optionalArray(name, JsonInput::nested);
  }

  /**
   * The constant of {@code type} named {@code name}, or a problem for {@code field} that lists the
   * allowed names. For query and path parameters too.
   */
  public static <E extends Enum<E>> E constant(String field, String name, Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    throw new InvalidInputException(
        field,
        field
            + " must be one of "
            + allowed(type)
            + "; \""
            + abbreviated(name)
            + "\" is not one of them.");
  }

  /** The names of {@code type}'s constants, comma-separated, for messages. */
  public static String allowed(Class<? extends Enum<?>> type) {
    StringBuilder names = new StringBuilder();
    for (Enum<?> constant : type.getEnumConstants()) {
      names.append(names.isEmpty() ? "" : ", ").append(constant.name());
    }
    return names.toString();
  }

  // --- helpers ---

  private JsonValue required(String name) {
    JsonValue value = object.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      throw new InvalidInputException(field(name), field(name) + " is required.");
    }
    return value;
  }

  private Optional<JsonValue> optional(String name) {
    JsonValue value = object.get(name);
    return value == null || value.getValueType() == JsonValue.ValueType.NULL
        ? Optional.empty()
        : Optional.of(value);
  }

  private <T> List<T> optionalArray(String name, ElementReader<T> reader) {
    return optional(name).map(value -> elements(field(name), value, reader)).orElse(List.of());
  }

  private static <T> List<T> elements(String field, JsonValue value, ElementReader<T> reader) {
    if (!(value instanceof JsonArray array)) {
      throw wrongType(field, value, "an array");
    }
    List<T> read = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      String at = field + "[" + i + "]";
      JsonValue element = array.get(i);
      if (element.getValueType() == JsonValue.ValueType.NULL) {
        throw new InvalidInputException(at, at + " must not be null.");
      }
      read.add(reader.read(element, at));
    }
    return List.copyOf(read);
  }

  private static JsonInput nested(JsonValue value, String field) {
    if (!(value instanceof JsonObject nested)) {
      throw wrongType(field, value, "an object");
    }
    return new JsonInput(nested, field);
  }

  private static String checkedText(String field, JsonValue value, int max) {
    String text = string(field, value);
    if (text.isBlank()) {
      throw new InvalidInputException(field, field + " must not be blank.");
    }
    return limited(field, text, max);
  }

  private static String string(String field, JsonValue value) {
    if (!(value instanceof JsonString string)) {
      throw wrongType(field, value, "a string");
    }
    return string.getString();
  }

  private static String limited(String field, String text, int max) {
    if (text.length() > max) {
      throw new InvalidInputException(
          field,
          field + " is " + text.length() + " characters long; at most " + max + " are allowed.");
    }
    return text;
  }

  private static <E extends Enum<E>> E constant(String field, JsonValue value, Class<E> type) {
    if (!(value instanceof JsonString string)) {
      throw wrongType(field, value, "a string, one of " + allowed(type));
    }
    return constant(field, string.getString(), type);
  }

  private static InvalidInputException wrongType(String field, JsonValue value, String expected) {
    return new InvalidInputException(
        field, field + " must be " + expected + ", not " + describe(value.getValueType()) + ".");
  }

  private static String describe(JsonValue.ValueType type) {
    return switch (type) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case TRUE, FALSE -> "a boolean";
      case NULL -> "null";
    };
  }

  /** Long wrong values are cut in messages, so a problem never echoes a whole document back. */
  private static String abbreviated(String text) {
    final int shown = 40;
    return text.length() <= shown ? text : text.substring(0, shown) + "…";
  }

  /** Reads one array element found at path {@code at}. */
  @FunctionalInterface
  private interface ElementReader<T> {
    T read(JsonValue element, String at);
  }
}
