package org.parley.dashboard.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.access.application.AccessPolicy;
import org.parley.access.domain.Permission;
import org.parley.access.domain.Subject;
import org.parley.access.domain.Visibility;
import org.parley.dashboard.application.DashboardFigures.AgencyCount;
import org.parley.dashboard.application.DashboardFigures.ClearanceTime;
import org.parley.dashboard.application.DashboardFigures.DecisionCount;
import org.parley.dashboard.application.DashboardFigures.Objections;
import org.parley.dashboard.application.DashboardFigures.StatusCount;
import org.parley.dashboard.application.DashboardFigures.TierLeverage;
import org.parley.dashboard.application.DashboardQueries.Period;
import org.parley.dashboard.application.DashboardQueries.Readable;
import org.parley.dashboard.application.DashboardQueries.Scope;
import org.parley.ledger.application.LeverageWeights;
import org.parley.platform.Page;
import org.parley.proposal.application.ProposalQueries;
import org.parley.proposal.application.TrackView;
import org.parley.shared.AccessDeniedException;
import org.parley.shared.Agency;
import org.parley.shared.Classification;
import org.parley.shared.ProposalStatus;
import org.parley.shared.Reversibility;

/**
 * The leadership dashboard's figures and drill-down lists ({@link Permission#VIEW_DASHBOARD}).
 * Deputies, principals and auditors oversee every track, an envoy the tracks they lead; everyone
 * only proposals within their clearance. A drill-down row shows a proposal's title only to a caller
 * who may see the proposal itself; the others get what the figures already count.
 */
@ApplicationScoped
@Transactional
public class DashboardService {

  @Inject private AccessPolicy policy;
  @Inject private ProposalQueries proposals;
  @Inject private DashboardQueries queries;
  @Inject private Clock clock;

  /** Today in UTC, the day a period without an end ends on. */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  /** The tracks the caller oversees: what the track filter offers. */
  public List<TrackView> tracks() {
    policy.require(Permission.VIEW_DASHBOARD);
    Subject subject = policy.subject();
    return proposals.tracks().stream().filter(track -> oversees(subject, track)).toList();
  }

  /** Every figure of the dashboard for {@code filter}. */
  public DashboardFigures figures(DashboardFilter filter) {
    Scope scope = scope(filter);
    Period period = new Period(filter.start(), filter.end());
    Instant asOf = clock.instant();
    if (scope.isEmpty()) {
      return assemble(filter, asOf, Map.of(), Map.of(), Map.of(), Map.of(), List.of(), List.of());
    }
    return assemble(
        filter,
        asOf,
        queries.proposalsPerStatus(scope),
        queries.clearanceSeconds(scope, period),
        queries.overdueSlots(scope),
        queries.objections(scope, period),
        queries.decisionsPerDay(scope, period),
        queries.approvedSteps(scope, period));
  }

  /** One page of a drill-down list. */
  public Page<DrillDownRow> drillDown(DrillDown drillDown, int first, int size) {
    Scope scope = scope(drillDown.filter());
    if (scope.isEmpty()) {
      return new Page<>(List.of(), 0);
    }
    Instant asOf = clock.instant();
    List<DrillDownRow> rows =
        queries.page(drillDown, scope, asOf, first, size).stream()
            .map(columns -> row(columns, drillDown.tile() == Tile.LEVERAGE))
            .toList();
    Set<Long> visible =
        proposals.visibleAmong(rows.stream().map(DrillDownRow::proposalId).distinct().toList());
    return new Page<>(
        rows.stream()
            .map(row -> visible.contains(row.proposalId()) ? row : row.withoutTitle())
            .toList(),
        queries.count(drillDown, scope, asOf));
  }

  /**
   * What the caller may count: refuses callers without the permission, and envoys asking for a
   * track they do not lead.
   */
  private Scope scope(DashboardFilter filter) {
    policy.require(Permission.VIEW_DASHBOARD);
    Subject subject = policy.subject();
    List<String> classifications =
        Arrays.stream(Classification.values())
            .filter(subject.clearance()::dominates)
            .map(Enum::name)
            .toList();
    Visibility visibility = policy.visibility();
    Readable readable =
        new Readable(
            visibility.everything(),
            visibility.trackMember(),
            visibility.routedAgency() == null ? null : visibility.routedAgency().name(),
            visibility.reachedDeciders());
    if (filter.trackId() != null) {
      TrackView track = proposals.track(filter.trackId());
      if (!oversees(subject, track)) {
        throw new AccessDeniedException("An envoy sees the dashboard of the tracks they lead.");
      }
      return new Scope(classifications, List.of(track.id()), readable);
    }
    if (overseesAll(subject)) {
      return new Scope(classifications, null, readable);
    }
    return new Scope(
        classifications,
        proposals.tracks().stream()
            .filter(track -> oversees(subject, track))
            .map(TrackView::id)
            .toList(),
        readable);
  }

  /** Deputies, principals and auditors oversee every track ({@link Permission#VIEW_DASHBOARD}). */
  private static boolean overseesAll(Subject subject) {
    return Permission.VIEW_DASHBOARD.grantsEverywhere(subject);
  }

  /** ... and an envoy the tracks they lead, as the policy table says. */
  private static boolean oversees(Subject subject, TrackView track) {
    return Permission.VIEW_DASHBOARD.grantsOnTrack(subject, track.envoy(), track.staff());
  }

  private static DashboardFigures assemble(
      DashboardFilter filter,
      Instant asOf,
      Map<String, Long> perStatus,
      Map<String, double[]> clearanceSeconds,
      Map<String, Long> overdue,
      Map<String, Map<String, Long>> objections,
      List<Object[]> decisionsPerDay,
      List<Object[]> approvedSteps) {
    List<StatusCount> pipeline =
        Arrays.stream(ProposalStatus.values())
            .map(status -> new StatusCount(status, perStatus.getOrDefault(status.name(), 0L)))
            .toList();
    List<ClearanceTime> times = new ArrayList<>();
    List<AgencyCount> overdueSlots = new ArrayList<>();
    List<Objections> objectionCounts = new ArrayList<>();
    for (Agency agency : Agency.values()) {
      double[] seconds = clearanceSeconds.get(agency.name());
      times.add(
          seconds == null
              ? new ClearanceTime(agency, 0, null, null)
              : new ClearanceTime(agency, (long) seconds[0], hours(seconds[1]), hours(seconds[2])));
      overdueSlots.add(new AgencyCount(agency, overdue.getOrDefault(agency.name(), 0L)));
      Map<String, Long> raised = objections.getOrDefault(agency.name(), Map.of());
      objectionCounts.add(
          new Objections(
              agency,
              raised.getOrDefault("NON_CONCUR", 0L),
              raised.getOrDefault("CHANGES_REQUESTED", 0L)));
    }
    return new DashboardFigures(
        filter.trackId(),
        filter.from(),
        filter.to(),
        asOf,
        pipeline,
        times,
        overdueSlots,
        objectionCounts,
        filter.bucket(),
        decisions(filter, decisionsPerDay),
        leverage(approvedSteps));
  }

  /** Hours to one decimal place. */
  private static double hours(double seconds) {
    return Math.round(seconds / 360.0) / 10.0;
  }

  /** Decisions per day as the chart shows them: every week or month of the period, in order. */
  static List<DecisionCount> decisions(DashboardFilter filter, List<Object[]> perDay) {
    DashboardFilter.Bucket bucket = filter.bucket();
    Map<LocalDate, long[]> counts = new LinkedHashMap<>();
    for (LocalDate start = bucket.startOf(filter.from());
        !start.isAfter(filter.to());
        start = bucket.next(start)) {
      counts.put(start, new long[3]);
    }
    for (Object[] row : perDay) {
      LocalDate day = LocalDate.ofEpochDay((Long) row[0]);
      long[] count = counts.get(bucket.startOf(day));
      int column =
          switch ((String) row[1]) {
            case "APPROVED", "APPROVED_WITH_CONDITIONS" -> 0;
            case "RETURNED" -> 1;
            default -> 2;
          };
      count[column] += (Long) row[2];
    }
    List<DecisionCount> result = new ArrayList<>();
    counts.forEach((start, c) -> result.add(new DecisionCount(start, c[0], c[1], c[2])));
    return result;
  }

  /** Approved steps per tier and ratings, weighed into points per tier (none last). */
  static List<TierLeverage> leverage(List<Object[]> approvedSteps) {
    Map<Integer, long[]> perTier = new LinkedHashMap<>();
    for (Integer tier : Arrays.asList(1, 2, 3, null)) {
      perTier.put(tier, new long[3]);
    }
    for (Object[] row : approvedSteps) {
      Integer tier = (Integer) row[0];
      long steps = (Long) row[3];
      long[] sums = perTier.computeIfAbsent(tier, t -> new long[3]);
      sums[0] += steps;
      sums[1] += steps * LeverageWeights.spent(tier, reversibility(row[1]));
      sums[2] += steps * LeverageWeights.received(reversibility(row[2]));
    }
    List<TierLeverage> result = new ArrayList<>();
    perTier.forEach((tier, s) -> result.add(new TierLeverage(tier, s[0], s[1], s[2])));
    return result;
  }

  private static Reversibility reversibility(Object name) {
    return name == null ? null : Reversibility.valueOf((String) name);
  }

  /** A listing's columns as a row; {@code step}: a reciprocal step, whose points are weighed. */
  private static DrillDownRow row(Object[] columns, boolean step) {
    Integer tier = (Integer) columns[10];
    Reversibility ours = reversibility(columns[11]);
    Reversibility theirs = reversibility(columns[12]);
    Double seconds = (Double) columns[9];
    return new DrillDownRow(
        (Long) columns[0],
        (String) columns[1],
        (String) columns[2],
        ProposalStatus.valueOf((String) columns[3]),
        Classification.valueOf((String) columns[4]),
        (String) columns[5],
        columns[6] == null ? null : Agency.valueOf((String) columns[6]),
        (String) columns[7],
        (Instant) columns[8],
        seconds == null ? null : hours(seconds),
        step ? LeverageWeights.spent(tier, ours) : null,
        step ? LeverageWeights.received(theirs) : null);
  }
}
