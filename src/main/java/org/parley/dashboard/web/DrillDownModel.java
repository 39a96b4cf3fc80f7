package org.parley.dashboard.web;

import java.util.List;
import java.util.Map;
import org.parley.dashboard.application.DashboardFilter;
import org.parley.dashboard.application.DashboardService;
import org.parley.dashboard.application.DrillDown;
import org.parley.dashboard.application.DrillDownRow;
import org.parley.dashboard.application.Tile;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The drill-down list behind a tile or one of its rows, one page at a time from {@link
 * DashboardService#drillDown}, narrowed by the text filter above the table (reference or title).
 * Empty until a tile is opened.
 */
public class DrillDownModel extends LazyDataModel<DrillDownRow> {

  private static final long serialVersionUID = 1L;

  private final DashboardService dashboard;
  private Tile tile;
  private String key;
  private DashboardFilter filter;
  private String text;

  DrillDownModel(DashboardService dashboard) {
    this.dashboard = dashboard;
  }

  /** Opens the list behind {@code tile}'s row {@code key} ({@code null}: the whole tile). */
  void open(Tile tile, String key, DashboardFilter filter) {
    DrillDown checked = new DrillDown(tile, filter, key, null);
    this.tile = checked.tile();
    this.key = checked.key();
    this.filter = filter;
    this.text = null;
  }

  /** Whether a tile is open. */
  public boolean isOpen() {
    return tile != null;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    // An empty page: the service counts the whole list and reads no row.
    return isOpen() ? Math.toIntExact(dashboard.drillDown(drillDown(), 0, 0).total()) : 0;
  }

  @Override
  public List<DrillDownRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    if (!isOpen()) {
      return List.of();
    }
    var page = dashboard.drillDown(drillDown(), first, pageSize);
    setRowCount(Math.toIntExact(page.total()));
    return page.items();
  }

  /** Whether the rows name an agency: the tiles about agencies' slots. */
  public boolean isShowsAgency() {
    return tile == Tile.CLEARANCE_TIME || tile == Tile.OVERDUE_SLOTS || tile == Tile.OBJECTIONS;
  }

  /** Whether the rows say how long: the time to a position, or how long a slot is overdue. */
  public boolean isShowsHours() {
    return tile == Tile.CLEARANCE_TIME || tile == Tile.OVERDUE_SLOTS;
  }

  /** Whether the rows are reciprocal steps with their leverage points. */
  public boolean isShowsPoints() {
    return tile == Tile.LEVERAGE;
  }

  /**
   * What the detail column holds, as the suffix of its heading's key ({@code
   * dashboard.drill.detail.}…): a position, a decision's outcome or an instrument; {@code null}
   * when the tile's rows have no detail.
   */
  public String getDetailColumn() {
    return tile == null
        ? null
        : switch (tile) {
          case CLEARANCE_TIME, OBJECTIONS -> "position";
          case DECISIONS -> "outcome";
          case LEVERAGE -> "instrument";
          case PIPELINE, OVERDUE_SLOTS -> null;
        };
  }

  /**
   * The bundle key prefix that names a row's detail ({@code Position.}, {@code DecisionOutcome.});
   * {@code null} where the detail is a name to show as it is (an instrument).
   */
  public String getDetailPrefix() {
    return tile == Tile.DECISIONS
        ? "DecisionOutcome."
        : tile == Tile.CLEARANCE_TIME || tile == Tile.OBJECTIONS ? "Position." : null;
  }

  /** The bundle key prefix that names the open row's key (a status, agency, outcome or tier). */
  public String getKeyPrefix() {
    return tile == null
        ? null
        : switch (tile) {
          case PIPELINE -> "ProposalStatus.";
          case CLEARANCE_TIME, OVERDUE_SLOTS, OBJECTIONS -> "Agency.";
          case DECISIONS -> "DecisionOutcome.";
          case LEVERAGE -> "dashboard.tierKey.";
        };
  }

  private DrillDown drillDown() {
    return new DrillDown(tile, filter, key, text);
  }

  @Override
  public String getRowKey(DrillDownRow row) {
    return row.proposalId() + "-" + row.at() + "-" + row.agency() + "-" + row.detail();
  }

  public Tile getTile() {
    return tile;
  }

  public String getKey() {
    return key;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
