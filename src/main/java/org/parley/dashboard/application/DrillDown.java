package org.parley.dashboard.application;

import java.io.Serializable;

/**
 * A drill-down list: the rows behind one tile of the dashboard, or behind one of its bars.
 *
 * @param key the tile's row (see {@link Tile}), {@code null} for the whole tile
 * @param text only rows whose proposal reference or title contains it, ignoring case; may be null
 */
public record DrillDown(Tile tile, DashboardFilter filter, String key, String text)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public DrillDown {
    if (tile == null || filter == null) {
      throw new IllegalArgumentException("A drill-down names its tile and filter.");
    }
    key = tile.normalize(key);
    text = text == null || text.isBlank() ? null : text.strip();
  }
}
