package org.parley.dashboard.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.parley.dashboard.application.DashboardFigures;
import org.parley.dashboard.application.DashboardFilter;
import org.parley.dashboard.application.DashboardService;
import org.parley.dashboard.application.DrillDown;
import org.parley.dashboard.application.DrillDownRow;
import org.parley.dashboard.application.Tile;
import org.parley.platform.Page;
import org.parley.platform.PageRequest;
import org.parley.shared.InvalidInputException;

/**
 * {@code GET /api/dashboard?trackId=&from=&to=}: the leadership dashboard's figures ({@code from},
 * {@code to}: ISO dates, UTC, inclusive; the last 90 days when absent). {@code GET
 * /api/dashboard/{tile}?key=&text=&page=&size=} with the same filter: a tile's drill-down list,
 * newest or slowest first. Deputies, principals, auditors, and envoys for their own tracks.
 */
@Path("dashboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

  @Inject private DashboardService dashboard;

  @GET
  public DashboardFigures figures(
      @QueryParam("trackId") String trackId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return dashboard.figures(filter(trackId, from, to));
  }

  @GET
  @Path("{tile}")
  public Page<DrillDownRow> drillDown(
      @PathParam("tile") String tile,
      @QueryParam("key") String key,
      @QueryParam("text") String text,
      @QueryParam("trackId") String trackId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    PageRequest request = PageRequest.of(page, size);
    DrillDown drillDown = new DrillDown(tile(tile), filter(trackId, from, to), key, text);
    return dashboard.drillDown(drillDown, request.first(), request.size());
  }

  private DashboardFilter filter(String trackId, String from, String to) {
    return DashboardFilter.of(
        trackId(trackId), date("from", from), date("to", to), dashboard.today());
  }

  private static Tile tile(String path) {
    String name = path.toUpperCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(Tile.values())
        .filter(tile -> tile.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "tile",
                    "Unknown tile; one of "
                        + Arrays.stream(Tile.values())
                            .map(t -> t.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                            .toList()));
  }

  private static Long trackId(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("trackId", "trackId must be the number of a track.");
    }
  }

  private static LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, field + " must be a date such as 2026-11-30.");
    }
  }
}
