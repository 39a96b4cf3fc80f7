/**
 * Scheduled work that runs once per period across the cluster (docs/adr/0013). Every node ticks a
 * non-persistent local timer for each {@link org.parley.platform.schedule.ClusterJob}; a tick runs
 * the job only if it claims the job's current period in the database, by a conditional update of
 * the job's {@code scheduled_job} row made in the same transaction as the work. Exactly one node
 * wins each period; if the work fails or the node dies mid-run the claim rolls back with it, and
 * the next tick of any node takes the period again. No extra infrastructure: only the database that
 * the nodes already share.
 */
package org.parley.platform.schedule;
