package org.parley.dashboard.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.parley.dashboard.application.DashboardFigures;
import org.parley.dashboard.application.DashboardFilter;
import org.parley.dashboard.application.DashboardService;
import org.parley.dashboard.application.Tile;
import org.parley.platform.faces.PageMessages;
import org.parley.proposal.application.TrackView;
import org.parley.shared.InvalidInputException;

/**
 * The leadership dashboard ({@code dashboard.xhtml?trackId=&from=&to=}, optionally {@code
 * &tile=&key=&text=}): the filter as the address gives it ({@link DashboardAddress}), every tile's
 * figures and chart, and the drill-down list of the tile or row last opened. Callers without the
 * dashboard permission are refused by the service (the access-denied page). The push message
 * reloads the figures ({@link #refresh}).
 */
@Named
@ViewScoped
public class DashboardBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private DashboardService dashboard;

  private final DashboardAddress address = new DashboardAddress();
  private List<TrackView> tracks = List.of();

  /** The filter shown; {@code null} while the address holds an invalid one. */
  private DashboardFilter filter;

  private DrillDownModel drill;

  /** What the tiles show; not replicated with the session, counted again where it is missing. */
  private transient DashboardTiles tiles;

  /** The view action: the tracks the caller oversees (refusing others), then the figures. */
  public void load() {
    tracks = dashboard.tracks();
    tiles = null;
    try {
      filter = address.filter(dashboard.today(), PageMessages.bundle()::getString);
      Optional<Tile> tile = address.tile(PageMessages.bundle()::getString);
      if (tile.isPresent()) {
        getDrill().open(tile.get(), address.getKeyText(), filter);
        getDrill().setText(address.getDrillText());
      }
    } catch (InvalidInputException invalid) {
      filter = null;
      PageMessages.invalid(invalid);
    }
  }

  /** Applies the filter of the form: a new address, so that the view can be bookmarked. */
  public String apply() {
    try {
      DashboardFilter applied = address.formFilter(dashboard.today());
      return "/dashboard.xhtml?faces-redirect=true" + DashboardAddress.query(applied);
    } catch (InvalidInputException invalid) {
      PageMessages.invalid(invalid);
      return null;
    }
  }

  /** Counts the figures again (the push said that work moved). */
  public void refresh() {
    tiles = null;
  }

  /** Opens the drill-down list behind {@code tile}'s row {@code key} (null: the whole tile). */
  public void drill(String tile, String key) {
    if (filter != null) {
      getDrill().open(Tile.valueOf(tile), key, filter);
    }
  }

  /** The tiles, or {@code null} while the filter is invalid. */
  public DashboardTiles getTiles() {
    if (tiles == null && filter != null) {
      DashboardFigures figures = dashboard.figures(filter);
      tiles = DashboardTiles.of(figures, new DashboardCharts(PageMessages.bundle()::getString));
    }
    return tiles;
  }

  public DrillDownModel getDrill() {
    if (drill == null) {
      drill = new DrillDownModel(dashboard);
    }
    return drill;
  }

  public DashboardAddress getAddress() {
    return address;
  }

  public DashboardFilter getFilter() {
    return filter;
  }

  public List<TrackView> getTracks() {
    return tracks;
  }

  /** The name of the track shown, {@code null} for all the caller oversees. */
  public String getTrackName() {
    return filter == null ? null : filter.trackName(tracks);
  }
}
