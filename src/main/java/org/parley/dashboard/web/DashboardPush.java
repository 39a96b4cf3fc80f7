package org.parley.dashboard.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.audit.application.WorkflowMoved;

/**
 * Tells every open dashboard of this node that work moved, through the application-scoped Faces
 * push channel {@value #CHANNEL} ({@code f:websocket} on {@code dashboard.xhtml}). Heard only after
 * a workflow transaction committed; a burst of transitions becomes one message, at most one every
 * {@value #INTERVAL_MILLIS} ms ({@link PushThrottle}), sent from the managed scheduler, never from
 * the committing thread. The message says only that something moved: each dashboard then reloads
 * its own figures, within what its user may oversee. On a cluster the push reaches the dashboards
 * of the node where the work moved.
 */
@ApplicationScoped
public class DashboardPush {

  /** The push channel's name, as the page's {@code f:websocket} names it. */
  public static final String CHANNEL = "dashboard";

  /** The shortest time between two messages. */
  static final long INTERVAL_MILLIS = 2000;

  /** What a message says; the page only needs to hear one. */
  static final String MOVED = "moved";

  private static final Logger LOG = Logger.getLogger(DashboardPush.class.getName());

  private final PushThrottle throttle = new PushThrottle(INTERVAL_MILLIS);

  @Resource private ManagedScheduledExecutorService scheduler;

  @Inject
  @Push(channel = CHANNEL)
  private PushContext dashboards;

  /** After a workflow transaction committed: schedules the one push that covers it. */
  void workflowMoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkflowMoved moved) {
    long delay = throttle.request(System.currentTimeMillis());
    if (delay == PushThrottle.ALREADY_DUE) {
      return;
    }
    try {
      scheduler.schedule(this::send, delay, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException shuttingDown) {
      throttle.sending(System.currentTimeMillis());
    }
  }

  private void send() {
    throttle.sending(System.currentTimeMillis());
    try {
      dashboards.send(MOVED);
    } catch (RuntimeException e) {
      // A dashboard that misses a push still shows correct figures as of its last load.
      LOG.log(Level.WARNING, "Could not tell the open dashboards that work moved", e);
    }
  }
}
