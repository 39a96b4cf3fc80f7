package org.parley.dashboard.web;

/**
 * Coalesces "work moved" signals into at most one push per interval: the first signal after a quiet
 * interval is sent at once, every later one joins the single push already due at the end of the
 * interval. Times are milliseconds of one clock; thread-safe.
 */
final class PushThrottle {

  /** What {@link #request} answers when a push is already due: nothing to schedule. */
  static final long ALREADY_DUE = -1;

  private final long intervalMillis;
  private boolean due;
  private long lastSent;
  private boolean everSent;

  PushThrottle(long intervalMillis) {
    if (intervalMillis <= 0) {
      throw new IllegalArgumentException("The interval must be positive.");
    }
    this.intervalMillis = intervalMillis;
  }

  /**
   * A signal at {@code now}: the delay after which the caller sends the one push that covers it, or
   * {@link #ALREADY_DUE} when a push is already scheduled and will cover it.
   */
  synchronized long request(long now) {
    if (due) {
      return ALREADY_DUE;
    }
    due = true;
    if (!everSent) {
      return 0;
    }
    return Math.max(0, lastSent + intervalMillis - now);
  }

  /** The scheduled push is being sent at {@code now}: signals from now on need another one. */
  synchronized void sending(long now) {
    due = false;
    everSent = true;
    lastSent = now;
  }
}
