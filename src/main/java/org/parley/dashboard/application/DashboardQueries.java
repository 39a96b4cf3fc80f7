package org.parley.dashboard.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's aggregates and drill-down rows, counted by the database over the workflow's
 * tables (infrastructure's {@code JpaDashboardQueries}). Every query is restricted to a {@link
 * Scope} first; the service decides the scope from the policy table.
 */
public interface DashboardQueries {

  /**
   * Which proposals a query counts, and which of them the caller may read (need to know).
   *
   * @param classifications the classifications within the caller's clearance
   * @param trackIds the tracks, {@code null} for all
   * @param readable which counted proposals the caller may also read: the text filter of a list
   *     matches their titles only
   */
  record Scope(Collection<String> classifications, Collection<Long> trackIds, Readable readable) {

    /** Whether nothing can be in scope (no track), so that queries can be skipped. */
    public boolean isEmpty() {
      return trackIds != null && trackIds.isEmpty() || classifications.isEmpty();
    }
  }

  /**
   * The need-to-know half of {@code Permission.VIEW} (the clearance half is the scope's): a
   * proposal is readable when any criterion holds.
   *
   * @param everything every proposal (auditors)
   * @param trackMember the user whose tracks' proposals are readable, {@code null} if none
   * @param routedAgency the agency whose routed proposals are readable, {@code null} if none
   * @param reachedDeciders proposals that went to deputies and principals are readable
   */
  record Readable(
      boolean everything, String trackMember, String routedAgency, boolean reachedDeciders) {}

  /** A period: from {@code start} inclusive to {@code end} exclusive. */
  record Period(Instant start, Instant end) {}

  /** Proposals per status now. */
  Map<String, Long> proposalsPerStatus(Scope scope);

  /** Per agency code: positions taken in the period, and the median and 90th percentile seconds. */
  Map<String, double[]> clearanceSeconds(Scope scope, Period period);

  /** Per agency code: slots of open rounds with no position that are overdue now. */
  Map<String, Long> overdueSlots(Scope scope);

  /** Per agency code and position: non-concurrences and change requests of the period. */
  Map<String, Map<String, Long>> objections(Scope scope, Period period);

  /** Decisions of the period per UTC day and outcome: {epoch day, outcome, count}. */
  List<Object[]> decisionsPerDay(Scope scope, Period period);

  /**
   * Steps of versions approved in the period, per instrument tier and the reversibility of either
   * side: {tier or null, ours reversibility or null, theirs reversibility or null, count}.
   */
  List<Object[]> approvedSteps(Scope scope, Period period);

  /**
   * One page of a drill-down list's rows (overdue as of {@code asOf}), each with these columns in
   * this order: proposal id, reference, title, status, classification, track name, agency code,
   * detail, instant, seconds, instrument tier, ours reversibility, theirs reversibility.
   */
  List<Object[]> page(DrillDown drillDown, Scope scope, Instant asOf, int first, int size);

  /** How many rows a drill-down list has. */
  long count(DrillDown drillDown, Scope scope, Instant asOf);
}
