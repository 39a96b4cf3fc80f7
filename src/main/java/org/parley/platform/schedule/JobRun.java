package org.parley.platform.schedule;

import java.time.Instant;

/**
 * One claimed period of a job.
 *
 * @param job the job's name
 * @param periodStart the start of the claimed period, on the job's grid
 * @param now the instant the claim was made, "now" for the work
 * @param node the node that claimed the period ({@code jboss.node.name})
 */
public record JobRun(String job, Instant periodStart, Instant now, String node) {

  /** The actor audit events of scheduled work name: no user acted. */
  public static final String ACTOR = "system";
}
