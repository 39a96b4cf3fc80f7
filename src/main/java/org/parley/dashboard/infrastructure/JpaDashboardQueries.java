package org.parley.dashboard.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.dashboard.application.DashboardFilter;
import org.parley.dashboard.application.DashboardQueries;
import org.parley.dashboard.application.DrillDown;
import org.parley.dashboard.application.Tile;

/**
 * The dashboard's SQL over the workflow's tables, portable between H2 and PostgreSQL: aggregates
 * are counted by the database, never by loading rows, and every query is restricted to a {@link
 * Scope} first. Durations are differences of {@code extract(epoch from …)}, which both databases
 * compute in UTC whatever the session's time zone.
 */
@ApplicationScoped
public class JpaDashboardQueries implements DashboardQueries {

  /** Positions of the agencies' slots, with their round and proposal. */
  private static final String SLOTS =
      " from agency_review a"
          + " join clearance_round r on r.id = a.round_id"
          + " join proposal p on p.id = r.proposal_id";

  private static final String WAITED_SECONDS =
      "(extract(epoch from a.answered_at) - extract(epoch from r.opened_at))";

  private static final String APPROVED_OUTCOMES = "('APPROVED', 'APPROVED_WITH_CONDITIONS')";

  /** Steps of the versions approved in the period, with the instrument each spends. */
  private static final String APPROVED_STEPS =
      " from decision d"
          + " join proposal p on p.id = d.proposal_id"
          + " join proposal_version v on v.proposal_id = d.proposal_id"
          + " and v.number = d.version_number"
          + " join version_step s on s.version_id = v.id"
          + " left join instrument i on i.id = s.ours_instrument_id";

  @PersistenceContext private EntityManager em;

  /** Proposals per status now. */
  @Override
  public Map<String, Long> proposalsPerStatus(Scope scope) {
    Query query =
        em.createNativeQuery(
            "select p.status, count(*) from proposal p where"
                + where(scope, "p")
                + " group by p.status");
    bind(query, scope);
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Object[] row : rows(query)) {
      counts.put((String) row[0], number(row[1]).longValue());
    }
    return counts;
  }

  /** Per agency code: positions taken in the period, and the median and 90th percentile seconds. */
  @Override
  public Map<String, double[]> clearanceSeconds(Scope scope, Period period) {
    Query query =
        em.createNativeQuery(
            "select a.agency_code, count(*),"
                + " percentile_cont(0.5) within group (order by "
                + WAITED_SECONDS
                + "), percentile_cont(0.9) within group (order by "
                + WAITED_SECONDS
                + ")"
                + SLOTS
                + " where a.position is not null"
                + " and a.answered_at >= :start and a.answered_at < :end and"
                + where(scope, "p")
                + " group by a.agency_code");
    bind(query, scope, period);
    Map<String, double[]> result = new LinkedHashMap<>();
    for (Object[] row : rows(query)) {
      result.put(
          (String) row[0],
          new double[] {
            number(row[1]).doubleValue(), number(row[2]).doubleValue(), number(row[3]).doubleValue()
          });
    }
    return result;
  }

  /** Per agency code: slots of open rounds with no position that are overdue now. */
  @Override
  public Map<String, Long> overdueSlots(Scope scope) {
    Query query =
        em.createNativeQuery(
            "select a.agency_code, count(*)"
                + SLOTS
                + " where a.position is null and a.overdue_since is not null"
                + " and r.closed_at is null and r.cancelled = false and"
                + where(scope, "p")
                + " group by a.agency_code");
    bind(query, scope);
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Object[] row : rows(query)) {
      counts.put((String) row[0], number(row[1]).longValue());
    }
    return counts;
  }

  /** Per agency code and position: non-concurrences and change requests of the period. */
  @Override
  public Map<String, Map<String, Long>> objections(Scope scope, Period period) {
    Query query =
        em.createNativeQuery(
            "select a.agency_code, a.position, count(*)"
                + SLOTS
                + " where a.position in ('NON_CONCUR', 'CHANGES_REQUESTED')"
                + " and a.answered_at >= :start and a.answered_at < :end and"
                + where(scope, "p")
                + " group by a.agency_code, a.position");
    bind(query, scope, period);
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    for (Object[] row : rows(query)) {
      counts
          .computeIfAbsent((String) row[0], agency -> new LinkedHashMap<>())
          .put((String) row[1], number(row[2]).longValue());
    }
    return counts;
  }

  /**
   * Decisions of the period per UTC day and outcome: {epoch day, outcome, count}. The day is
   * computed from the epoch alone, so no session time zone can shift it.
   */
  @Override
  public List<Object[]> decisionsPerDay(Scope scope, Period period) {
    String day = "floor(extract(epoch from d.decided_at) / 86400)";
    Query query =
        em.createNativeQuery(
            "select "
                + day
                + ", d.outcome, count(*)"
                + " from decision d join proposal p on p.id = d.proposal_id"
                + " where d.decided_at >= :start and d.decided_at < :end and"
                + where(scope, "p")
                + " group by "
                + day
                + ", d.outcome");
    bind(query, scope, period);
    List<Object[]> result = new ArrayList<>();
    for (Object[] row : rows(query)) {
      result.add(new Object[] {number(row[0]).longValue(), row[1], number(row[2]).longValue()});
    }
    return result;
  }

  /**
   * Steps of versions approved in the period, per instrument tier and the reversibility of either
   * side: {tier or null, ours reversibility or null, theirs reversibility or null, count}.
   */
  @Override
  public List<Object[]> approvedSteps(Scope scope, Period period) {
    Query query =
        em.createNativeQuery(
            "select i.tier, s.ours_reversibility, s.theirs_reversibility, count(*)"
                + APPROVED_STEPS
                + " where d.outcome in "
                + APPROVED_OUTCOMES
                + " and d.decided_at >= :start and d.decided_at < :end and"
                + where(scope, "p")
                + " group by i.tier, s.ours_reversibility, s.theirs_reversibility");
    bind(query, scope, period);
    List<Object[]> result = new ArrayList<>();
    for (Object[] row : rows(query)) {
      result.add(
          new Object[] {
            row[0] == null ? null : number(row[0]).intValue(),
            row[1],
            row[2],
            number(row[3]).longValue()
          });
    }
    return result;
  }

  // --- drill-down lists ---

  /**
   * A drill-down list's rows: {@code select} names the columns (see {@link #ROW_COLUMNS}), {@code
   * from} the tables and {@code where} its conditions; all bound by {@code parameters}.
   */
  private record Listing(
      String from, String where, String columns, String order, Map<String, Object> parameters) {}

  /**
   * The columns every listing selects, in this order: proposal id, reference, title, status,
   * classification, track name, agency code, detail, instant, seconds, instrument tier, ours
   * reversibility, theirs reversibility.
   */
  static final int ROW_COLUMNS = 13;

  /** Proposals with a status now; {@code status} null for all. */
  private static Listing pipeline(Scope scope, String status) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String where = where(scope, "p");
    if (status != null) {
      where += " and p.status = :key";
      parameters.put("key", status);
    }
    return new Listing(
        " from proposal p",
        where,
        "null, null, p.updated_at, null, null, null, null",
        "p.updated_at desc, p.id desc",
        parameters);
  }

  /** Positions taken in the period, slowest first; {@code agency} null for all. */
  private static Listing positionsTaken(Scope scope, Period period, String agency) {
    Map<String, Object> parameters = periodParameters(period);
    String where =
        " a.position is not null and a.answered_at >= :start and a.answered_at < :end and"
            + where(scope, "p")
            + agencyCondition(agency, parameters);
    return new Listing(
        SLOTS,
        where,
        "a.agency_code, a.position, a.answered_at, " + WAITED_SECONDS + ", null, null, null",
        WAITED_SECONDS + " desc, p.id, a.agency_code",
        parameters);
  }

  /** Slots overdue now, longest overdue first; {@code agency} null for all. */
  private static Listing overdue(Scope scope, Instant now, String agency) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("nowEpoch", now.getEpochSecond());
    String where =
        " a.position is null and a.overdue_since is not null"
            + " and r.closed_at is null and r.cancelled = false and"
            + where(scope, "p")
            + agencyCondition(agency, parameters);
    return new Listing(
        SLOTS,
        where,
        "a.agency_code, null, a.overdue_since, (:nowEpoch - extract(epoch from r.due_at)),"
            + " null, null, null",
        "r.due_at, p.id, a.agency_code",
        parameters);
  }

  /** Non-concurrences and change requests of the period, latest first. */
  private static Listing objectionsTaken(Scope scope, Period period, String agency) {
    Map<String, Object> parameters = periodParameters(period);
    String where =
        " a.position in ('NON_CONCUR', 'CHANGES_REQUESTED')"
            + " and a.answered_at >= :start and a.answered_at < :end and"
            + where(scope, "p")
            + agencyCondition(agency, parameters);
    return new Listing(
        SLOTS,
        where,
        "a.agency_code, a.position, a.answered_at, null, null, null, null",
        "a.answered_at desc, p.id, a.agency_code",
        parameters);
  }

  /** Decisions of the period, latest first; {@code outcomes} null for all. */
  private static Listing decisions(Scope scope, Period period, Collection<String> outcomes) {
    Map<String, Object> parameters = periodParameters(period);
    String where = " d.decided_at >= :start and d.decided_at < :end and" + where(scope, "p");
    if (outcomes != null) {
      where += " and d.outcome in (:outcomes)";
      parameters.put("outcomes", outcomes);
    }
    return new Listing(
        " from decision d join proposal p on p.id = d.proposal_id",
        where,
        "null, d.outcome, d.decided_at, null, null, null, null",
        "d.decided_at desc, d.id desc",
        parameters);
  }

  /**
   * Steps of versions approved in the period; {@code tier} 1–3, 0 for steps naming no instrument,
   * {@code null} for all.
   */
  private static Listing approvedSteps(Scope scope, Period period, Integer tier) {
    Map<String, Object> parameters = periodParameters(period);
    String where =
        " d.outcome in "
            + APPROVED_OUTCOMES
            + " and d.decided_at >= :start and d.decided_at < :end and"
            + where(scope, "p");
    if (tier != null && tier == 0) {
      where += " and i.tier is null";
    } else if (tier != null) {
      where += " and i.tier = :tier";
      parameters.put("tier", tier);
    }
    return new Listing(
        APPROVED_STEPS,
        where,
        "null, i.name, d.decided_at, null, i.tier, s.ours_reversibility, s.theirs_reversibility",
        "d.decided_at desc, p.id, s.step_order",
        parameters);
  }

  @Override
  public List<Object[]> page(DrillDown drillDown, Scope scope, Instant asOf, int first, int size) {
    Listing listing = listing(drillDown, scope, asOf);
    String text = drillDown.text();
    String sql =
        "select p.id, p.reference, p.title, p.status, p.classification, t.name, "
            + listing.columns()
            + listing.from()
            + " join negotiation_track t on t.id = p.track_id where"
            + listing.where()
            + textCondition(text, scope)
            + " order by "
            + listing.order();
    Query query = em.createNativeQuery(sql);
    bind(query, sql, scope, listing, text);
    query.setFirstResult(first);
    query.setMaxResults(size);
    List<Object[]> result = new ArrayList<>();
    for (Object[] row : rows(query)) {
      row[0] = number(row[0]).longValue();
      row[8] = instant(row[8]);
      row[9] = row[9] == null ? null : number(row[9]).doubleValue();
      row[10] = row[10] == null ? null : number(row[10]).intValue();
      result.add(row);
    }
    return result;
  }

  @Override
  public long count(DrillDown drillDown, Scope scope, Instant asOf) {
    Listing listing = listing(drillDown, scope, asOf);
    String text = drillDown.text();
    String sql =
        "select count(*)"
            + listing.from()
            + " where"
            + listing.where()
            + textCondition(text, scope);
    Query query = em.createNativeQuery(sql);
    bind(query, sql, scope, listing, text);
    return number(query.getSingleResult()).longValue();
  }

  /** The SQL of a drill-down list: the rows behind a tile, or behind one key of it. */
  private static Listing listing(DrillDown drillDown, Scope scope, Instant asOf) {
    DashboardFilter filter = drillDown.filter();
    Period period = new Period(filter.start(), filter.end());
    String key = drillDown.key();
    return switch (drillDown.tile()) {
      case PIPELINE -> pipeline(scope, key);
      case CLEARANCE_TIME -> positionsTaken(scope, period, key);
      case OVERDUE_SLOTS -> overdue(scope, asOf, key);
      case OBJECTIONS -> objectionsTaken(scope, period, key);
      case DECISIONS ->
          decisions(
              scope,
              period,
              key == null
                  ? null
                  : key.equals(Tile.APPROVED)
                      ? List.of("APPROVED", "APPROVED_WITH_CONDITIONS")
                      : List.of(key));
      case LEVERAGE ->
          approvedSteps(
              scope,
              period,
              key == null ? null : key.equals(Tile.NO_INSTRUMENT) ? 0 : Integer.valueOf(key));
    };
  }

  /** The scope as a condition on proposal {@code alias}. */
  private static String where(Scope scope, String alias) {
    String clause = " " + alias + ".classification in (:classifications)";
    return scope.trackIds() == null ? clause : clause + " and " + alias + ".track_id in (:tracks)";
  }

  private static void bind(Query query, Scope scope) {
    query.setParameter("classifications", scope.classifications());
    if (scope.trackIds() != null) {
      query.setParameter("tracks", scope.trackIds());
    }
  }

  /** The need-to-know criteria as a condition on proposal {@code p}. */
  private static String condition(Readable readable) {
    if (readable.everything()) {
      return "1 = 1";
    }
    List<String> any = new ArrayList<>();
    if (readable.trackMember() != null) {
      any.add(
          "p.track_id in (select t2.id from negotiation_track t2 where t2.envoy_username ="
              + " :member union select s2.track_id from track_staff s2 where s2.username ="
              + " :member)");
    }
    if (readable.routedAgency() != null) {
      any.add(
          "exists (select 1 from proposal_routed_agency ra where ra.proposal_id = p.id and"
              + " ra.agency_code = :routedAgency)");
    }
    if (readable.reachedDeciders()) {
      any.add("p.reached_deciders = true");
    }
    return any.isEmpty() ? "1 = 0" : "(" + String.join(" or ", any) + ")";
  }

  private static void bind(Query query, String sql, Readable readable) {
    if (readable.trackMember() != null && sql.contains(":member")) {
      query.setParameter("member", readable.trackMember());
    }
    if (readable.routedAgency() != null && sql.contains(":routedAgency")) {
      query.setParameter("routedAgency", readable.routedAgency());
    }
  }

  /**
   * The text filter: the reference of every row, the title only of proposals the caller may read,
   * so that a filter cannot probe the words of a title the list withholds.
   */
  private static String textCondition(String text, Scope scope) {
    if (text == null) {
      return "";
    }
    return " and (lower(p.reference) like :text escape '\\' or ("
        + condition(scope.readable())
        + " and lower(p.title) like :text escape '\\'))";
  }

  private static String agencyCondition(String agency, Map<String, Object> parameters) {
    if (agency == null) {
      return "";
    }
    parameters.put("agency", agency);
    return " and a.agency_code = :agency";
  }

  private static Map<String, Object> periodParameters(Period period) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("start", period.start());
    parameters.put("end", period.end());
    return parameters;
  }

  /** Binds what {@code sql} uses: a listing's columns may use a parameter its count does not. */
  private static void bind(Query query, String sql, Scope scope, Listing listing, String text) {
    bind(query, scope);
    bind(query, sql, scope.readable());
    listing.parameters().entrySet().stream()
        .filter(parameter -> sql.contains(":" + parameter.getKey()))
        .forEach(parameter -> query.setParameter(parameter.getKey(), parameter.getValue()));
    if (text != null) {
      String escaped =
          text.toLowerCase(Locale.ROOT)
              .replace("\\", "\\\\")
              .replace("%", "\\%")
              .replace("_", "\\_");
      query.setParameter("text", "%" + escaped + "%");
    }
  }

  private static void bind(Query query, Scope scope, Period period) {
    bind(query, scope);
    query.setParameter("start", period.start());
    query.setParameter("end", period.end());
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(Query query) {
    return query.getResultList();
  }

  private static Number number(Object value) {
    return (Number) value;
  }

  private static Instant instant(Object value) {
    if (value == null || value instanceof Instant) {
      return (Instant) value;
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof ZonedDateTime zoned) {
      return zoned.toInstant();
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    throw new IllegalStateException("Not an instant: " + value.getClass());
  }
}
