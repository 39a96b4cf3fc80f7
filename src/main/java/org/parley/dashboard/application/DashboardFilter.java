package org.parley.dashboard.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.parley.proposal.application.TrackView;
import org.parley.shared.InvalidInputException;

/**
 * What a dashboard shows: one negotiation track or all the caller oversees ({@code trackId} null),
 * and the period, whole days in UTC from {@code from} to {@code to} inclusive. The pipeline and the
 * overdue slots are counted as they stand now; every other figure counts what happened in the
 * period.
 */
public record DashboardFilter(Long trackId, LocalDate from, LocalDate to) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The period when none is given: the last 90 days, today included. */
  public static final int DEFAULT_DAYS = 90;

  /** The longest period, about ten years. */
  public static final int MAX_DAYS = 3660;

  /** Periods up to this many days chart decisions per week, longer ones per month. */
  public static final int WEEKLY_UP_TO_DAYS = 120;

  public DashboardFilter {
    if (from == null || to == null) {
      throw new IllegalArgumentException("A dashboard period has both ends.");
    }
    if (from.isAfter(to)) {
      throw new InvalidInputException("from", "The period must start on or before its last day.");
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw new InvalidInputException("from", "A period spans at most " + MAX_DAYS + " days.");
    }
  }

  /** The name of the track shown among {@code tracks}, {@code null} for all of them. */
  public String trackName(List<TrackView> tracks) {
    return trackId == null
        ? null
        : tracks.stream()
            .filter(track -> track.id() == trackId)
            .map(TrackView::name)
            .findFirst()
            .orElse(null);
  }

  /** The filter as asked for: a missing end is today, a missing start 90 days before the end. */
  public static DashboardFilter of(Long trackId, LocalDate from, LocalDate to, LocalDate today) {
    LocalDate last = to != null ? to : today;
    LocalDate first = from != null ? from : last.minusDays(DEFAULT_DAYS - 1L);
    return new DashboardFilter(trackId, first, last);
  }

  /** The first instant of the period. */
  public Instant start() {
    return from.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The first instant after the period. */
  public Instant end() {
    return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** How many days the period spans. */
  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** The unit decisions are charted in over this period. */
  public Bucket bucket() {
    return days() <= WEEKLY_UP_TO_DAYS ? Bucket.WEEK : Bucket.MONTH;
  }

  /** The same period for another track, or all tracks ({@code null}). */
  public DashboardFilter withTrack(Long otherTrackId) {
    return new DashboardFilter(otherTrackId, from, to);
  }

  /** A period of a chart over time. */
  public enum Bucket {
    /** Weeks starting on Monday. */
    WEEK,
    /** Calendar months. */
    MONTH;

    /** The first day of the week or month {@code day} falls in. */
    public LocalDate startOf(LocalDate day) {
      return switch (this) {
        case WEEK -> day.minusDays(day.getDayOfWeek().getValue() - 1L);
        case MONTH -> day.withDayOfMonth(1);
      };
    }

    /** The first day of the period after the one starting on {@code start}. */
    public LocalDate next(LocalDate start) {
      return switch (this) {
        case WEEK -> start.plusWeeks(1);
        case MONTH -> start.plusMonths(1);
      };
    }
  }
}
