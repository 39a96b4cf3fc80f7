package org.parley.dashboard.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parley.shared.Agency;
import org.parley.shared.ProposalStatus;

/**
 * Every figure of the leadership dashboard for one {@link DashboardFilter}, as the page and {@code
 * GET /api/dashboard} show them.
 *
 * @param asOf when the figures were counted
 * @param pipeline proposals per status now, every status listed
 * @param clearanceTimes per agency, the positions taken in the period and how long they took
 * @param overdueSlots per agency, the slots of open rounds still silent past their due date now
 * @param objections per agency, the non-concurrences and change requests of the period
 * @param decisionBucket whether {@code decisions} are per week or per month
 * @param decisions the decisions of the period, per week or month, every period listed
 * @param leverage per instrument tier, what approved proposals of the period spend and receive
 */
public record DashboardFigures(
    Long trackId,
    LocalDate from,
    LocalDate to,
    Instant asOf,
    List<StatusCount> pipeline,
    List<ClearanceTime> clearanceTimes,
    List<AgencyCount> overdueSlots,
    List<Objections> objections,
    DashboardFilter.Bucket decisionBucket,
    List<DecisionCount> decisions,
    List<TierLeverage> leverage) {

  public DashboardFigures {
    pipeline = List.copyOf(pipeline);
    clearanceTimes = List.copyOf(clearanceTimes);
    overdueSlots = List.copyOf(overdueSlots);
    objections = List.copyOf(objections);
    decisions = List.copyOf(decisions);
    leverage = List.copyOf(leverage);
  }

  /** Where clearance was slowest in the period; empty when no agency took a position. */
  public Optional<Bottleneck> bottleneck() {
    return Bottleneck.of(clearanceTimes);
  }

  /** All proposals of the pipeline. */
  public long proposals() {
    return pipeline.stream().mapToLong(StatusCount::count).sum();
  }

  /** How many proposals have a status now. */
  public record StatusCount(ProposalStatus status, long count) {}

  /**
   * Time in clearance of one agency: from the opening of a round to the agency's position, in
   * hours; both {@code null} when the agency took no position in the period.
   */
  public record ClearanceTime(Agency agency, long positions, Double medianHours, Double p90Hours) {}

  /** A count per agency. */
  public record AgencyCount(Agency agency, long count) {}

  /** The objections one agency raised. */
  public record Objections(Agency agency, long nonConcurrences, long changesRequested) {}

  /**
   * The decisions of one week or month; {@code approved} counts approvals with conditions too.
   *
   * @param start the first day of the week or month
   */
  public record DecisionCount(LocalDate start, long approved, long returned, long rejected) {}

  /**
   * Leverage in approved proposals per tier of the instrument our side spends ({@code tier} null:
   * steps that name no instrument, weighed by reversibility), in leverage points (docs/adr/0017).
   *
   * @param steps the reciprocal steps
   * @param committed the points our side of those steps spends
   * @param received the points their side gives us in exchange
   */
  public record TierLeverage(Integer tier, long steps, long committed, long received) {}
}
