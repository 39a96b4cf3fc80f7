package org.parley.dashboard.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.parley.dashboard.application.DashboardFilter;
import org.parley.dashboard.application.Tile;
import org.parley.shared.InvalidInputException;

/**
 * The dashboard's filter in its two forms: the address's view parameters as text ({@code
 * ?trackId=&from=&to=}, ISO dates; {@code tile=&key=&text=} open a drill-down list), and the filter
 * form's values (track menu, date pickers). A filter read from the address fills the form; a filter
 * applied from the form becomes the next address. Invalid text names the form field it belongs to
 * ({@code track}, {@code from}, {@code to}), so the message shows next to it.
 */
public class DashboardAddress implements Serializable {

  private static final long serialVersionUID = 1L;

  private String trackIdText;
  private String fromText;
  private String toText;

  private String tileText;
  private String keyText;
  private String drillText;

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

  /**
   * The tile whose drill-down list the address opens ({@code ?tile=pipeline&key=DRAFT&text=}), in
   * the REST spelling or the enum's; empty when the address opens none.
   *
   * @throws InvalidInputException for a tile the dashboard does not have
   */
  Optional<Tile> tile(Function<String, String> msg) {
    if (tileText == null || tileText.isBlank()) {
      return Optional.empty();
    }
    String name = tileText.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    return Optional.of(
        Arrays.stream(Tile.values())
            .filter(tile -> tile.name().equals(name))
            .findFirst()
            .orElseThrow(
                () -> new InvalidInputException("tile", msg.apply("dashboard.invalidTile"))));
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

  public String getTileText() {
    return tileText;
  }

  public void setTileText(String tileText) {
    this.tileText = tileText;
  }

  public String getKeyText() {
    return keyText;
  }

  public void setKeyText(String keyText) {
    this.keyText = keyText;
  }

  public String getDrillText() {
    return drillText;
  }

  public void setDrillText(String drillText) {
    this.drillText = drillText;
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
