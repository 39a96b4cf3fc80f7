package org.parley.dashboard.application;

import java.io.Serializable;
import java.time.Instant;
import org.parley.shared.Agency;
import org.parley.shared.Classification;
import org.parley.shared.ProposalStatus;

/**
 * One row of a drill-down list. Which columns a tile fills is said at each.
 *
 * @param title the proposal's title, {@code null} when the caller oversees the proposal but has no
 *     need to know its content (a deputy and a draft): the row then shows only what the figures
 *     already count
 * @param agency the agency of the slot (clearance time, overdue slots, objections)
 * @param detail the position taken (clearance time, objections), the decision's outcome
 *     (decisions), the instrument spent (leverage)
 * @param at when the position was taken, the slot fell overdue, the decision was made; for the
 *     pipeline the proposal's last change
 * @param hours how long the position took, or how long the slot has been overdue
 * @param committed leverage points our side of the step spends (leverage)
 * @param received leverage points their side of the step gives (leverage)
 */
public record DrillDownRow(
    long proposalId,
    String reference,
    String title,
    ProposalStatus status,
    Classification classification,
    String track,
    Agency agency,
    String detail,
    Instant at,
    Double hours,
    Integer committed,
    Integer received)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The row with the title withheld. */
  DrillDownRow withoutTitle() {
    return new DrillDownRow(
        proposalId,
        reference,
        null,
        status,
        classification,
        track,
        agency,
        detail,
        at,
        hours,
        committed,
        received);
  }
}
