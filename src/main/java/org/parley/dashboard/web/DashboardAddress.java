package org.parley.dashboard.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.parley.dashboard.application.DashboardFilter;
import org.parley.shared.InvalidInputException;

/**
 * The dashboard's filter in its two forms: the address's view parameters as text ({@code
 * ?trackId=&from=&to=}, ISO dates), and the filter form's values (track menu, date pickers). A
 * filter read from the address fills the form; a filter applied from the form becomes the next
 * address. Invalid text names the form field it belongs to ({@code track}, {@code from}, {@code
 * to}), so the message shows next to it.
 */
public class DashboardAddress implements Serializable {

  private static final long serialVersionUID = 1L;

  private String trackIdText;
  private String fromText;
  private String toText;

  private Long trackId;
  private LocalDate from;
  private LocalDate to;

  /**
   * The filter the address asks for, missing ends filled in ({@link DashboardFilter#of}); the form
   * then shows it.
   *
   * @param msg the bundle's text for a key, for malformed parameters
   * @throws InvalidInputException for a malformed parameter or a period the filter refuses
   */
  DashboardFilter filter(LocalDate today, Function<String, String> msg) {
    trackId = trackId(trackIdText, msg);
    from = date("from", fromText, msg);
    to = date("to", toText, msg);
    DashboardFilter filter = DashboardFilter.of(trackId, from, to, today);
    from = filter.from();
    to = filter.to();
    return filter;
  }

  /** The filter the form holds; empty dates as in {@link #filter}. */
  DashboardFilter formFilter(LocalDate today) {
    return DashboardFilter.of(trackId, from, to, today);
  }

  /** The query string of the address that shows {@code filter}, starting with {@code &}. */
  static String query(DashboardFilter filter) {
    return (filter.trackId() == null ? "" : "&trackId=" + filter.trackId())
        + "&from="
        + filter.from()
        + "&to="
        + filter.to();
  }

  private static Long trackId(String text, Function<String, String> msg) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      long id = Long.parseLong(text.trim());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // Falls through to the refusal below.
    }
    throw new InvalidInputException("track", msg.apply("dashboard.invalidTrack"));
  }

  private static LocalDate date(String field, String text, Function<String, String> msg) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, msg.apply("dashboard.invalidDate"));
    }
  }

  public String getTrackIdText() {
    return trackIdText;
  }

  public void setTrackIdText(String trackIdText) {
    this.trackIdText = trackIdText;
  }

  public String getFromText() {
    return fromText;
  }

  public void setFromText(String fromText) {
    this.fromText = fromText;
  }

  public String getToText() {
    return toText;
  }

  public void setToText(String toText) {
    this.toText = toText;
  }

  public Long getTrackId() {
    return trackId;
  }

  public void setTrackId(Long trackId) {
    this.trackId = trackId;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
