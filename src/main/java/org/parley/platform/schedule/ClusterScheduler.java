package org.parley.platform.schedule;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ticks every {@link ClusterJob} on this node, on the container's managed scheduled executor (a
 * local, non-persistent timer); each tick asks {@link JobRunner} to claim and run the job's current
 * period, which at most one node of the cluster wins (docs/adr/0013). Starts after the schema
 * migration at deployment and stops at undeployment.
 */
@ApplicationScoped
public class ClusterScheduler {

  private static final Logger LOG = Logger.getLogger(ClusterScheduler.class.getName());

  @Resource private ManagedScheduledExecutorService executor;
  @Inject @Any private Instance<ClusterJob> jobs;
  @Inject private JobRunner runner;

  private final List<ScheduledFuture<?>> ticks = new CopyOnWriteArrayList<>();

  /** After {@code DatabaseMigration} (default observer priority), so the job rows exist. */
  void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) Startup startup) {
    String node = nodeName();
    for (ClusterJob job : jobs) {
      JobPeriod period = new JobPeriod(job.period());
      if (!runner.isKnown(job)) {
        LOG.severe(
            () ->
                "Scheduled job "
                    + job.name()
                    + " has no row in scheduled_job: add one in a migration; it will not run.");
        continue;
      }
      Duration tick = period.tick();
      ticks.add(
          executor.scheduleWithFixedDelay(
              () -> tick(job, period, node),
              tick.toMillis(),
              tick.toMillis(),
              TimeUnit.MILLISECONDS));
      LOG.info(
          () ->
              "Scheduled job "
                  + job.name()
                  + ": once every "
                  + period.length()
                  + " across the cluster; node "
                  + node
                  + " asks every "
                  + tick);
    }
  }

  private void tick(ClusterJob job, JobPeriod period, String node) {
    try {
      runner
          .runIfDue(job, period, node)
          .ifPresent(
              run ->
                  LOG.fine(() -> "Ran " + run.job() + " for " + run.periodStart() + " on " + node));
    } catch (RuntimeException e) {
      // A task that throws is never run again by the executor, so the failure stops here. The
      // claim rolled back with the work: a later tick, on any node, takes the period again.
      LOG.log(Level.WARNING, e, () -> "Scheduled job " + job.name() + " failed on " + node);
    }
  }

  @PreDestroy
  void stop() {
    ticks.forEach(tick -> tick.cancel(false));
  }

  /** This node's name in the cluster: {@code jboss.node.name}, else the host name. */
  static String nodeName() {
    String configured = System.getProperty("jboss.node.name");
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }
}
