package org.parley.security.hostile;

import java.util.EnumMap;
import java.util.Map;

/**
 * What one payload's proposal carries in each field: the payload wherever the policy accepts it, a
 * benign text elsewhere. Titles end with the run's token, so that lists and exports find them.
 */
final class Values {

  private static final Map<Field, String> BENIGN =
      Map.of(
          Field.SUMMARY, "A benign summary.",
          Field.PHASE_TITLE, "A benign phase",
          Field.OURS, "We open a liaison office.",
          Field.THEIRS, "They repatriate remains.",
          Field.COMMENT, "A benign comment.",
          Field.RESOLUTION, "A benign reason.",
          Field.WITHDRAWAL, "A benign withdrawal.",
          Field.RATIONALE, "A benign rationale.",
          Field.CONDITIONS, "Benign conditions.");

  final Payload payload;
  private final Map<Field, String> values = new EnumMap<>(Field.class);
  private final Map<Field, Boolean> accepted = new EnumMap<>(Field.class);

  Values(Payload payload, String token) {
    this.payload = payload;
    for (Field field : Field.values()) {
      String hostile = hostileText(field, payload, token);
      accepted.put(field, field.accepts(hostile));
      values.put(field, field.accepts(hostile) ? hostile : benign(field, token));
    }
  }

  /** The payload as {@code field} receives it: titles carry the token after it. */
  static String hostileText(Field field, Payload payload, String token) {
    return field == Field.TITLE ? title(payload.text(), token) : payload.text();
  }

  static String title(String text, String token) {
    return text + " " + token;
  }

  static String benignTitle(String token) {
    return "A benign title " + token;
  }

  static String benign(Field field, String token) {
    return field == Field.TITLE ? benignTitle(token) : BENIGN.get(field);
  }

  String get(Field field) {
    return values.get(field);
  }

  /** Whether the policy accepts the payload in {@code field} (else it carries a benign text). */
  boolean hostile(Field field) {
    return accepted.get(field);
  }

  /** Whether the payload goes into some field as it is: else it has no proposal of its own. */
  boolean acceptedSomewhere() {
    for (Field field : Field.values()) {
      if (hostile(field)) {
        return true;
      }
    }
    return false;
  }
}
