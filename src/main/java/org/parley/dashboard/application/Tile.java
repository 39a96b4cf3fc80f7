package org.parley.dashboard.application;

import java.util.Arrays;
import java.util.Locale;
import org.parley.shared.Agency;
import org.parley.shared.InvalidInputException;
import org.parley.shared.ProposalStatus;

/** A tile of the dashboard, and what its drill-down list's key names. */
public enum Tile {
  /** Proposals with a status now; key: the status. */
  PIPELINE,
  /** Positions taken in the period and how long they took; key: the agency. */
  CLEARANCE_TIME,
  /** Slots silent past their round's due date now; key: the agency. */
  OVERDUE_SLOTS,
  /** Non-concurrences and change requests of the period; key: the agency. */
  OBJECTIONS,
  /** Decisions of the period; key: APPROVED (with or without conditions), RETURNED or REJECTED. */
  DECISIONS,
  /** Reciprocal steps of proposals approved in the period; key: the tier, or NONE. */
  LEVERAGE;

  /** The outcomes a {@link #DECISIONS} key stands for. */
  public static final String APPROVED = "APPROVED";

  /** The {@link #LEVERAGE} key of steps that name no instrument. */
  public static final String NO_INSTRUMENT = "NONE";

  /**
   * {@code key} checked against this tile, in its canonical spelling; {@code null} (the whole tile)
   * stays null. Refuses a key the tile has no row for.
   */
  public String normalize(String key) {
    if (key == null || key.isBlank()) {
      return null;
    }
    String k = key.trim().toUpperCase(Locale.ROOT);
    boolean valid =
        switch (this) {
          case PIPELINE -> names(ProposalStatus.values()).contains(k);
          case CLEARANCE_TIME, OVERDUE_SLOTS, OBJECTIONS -> names(Agency.values()).contains(k);
          case DECISIONS -> k.equals(APPROVED) || k.equals("RETURNED") || k.equals("REJECTED");
          case LEVERAGE ->
              k.equals("1") || k.equals("2") || k.equals("3") || k.equals(NO_INSTRUMENT);
        };
    if (!valid) {
      throw new InvalidInputException(
          "key", "The " + label() + " tile has no row \"" + key + "\".");
    }
    return k;
  }

  private String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static java.util.List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
