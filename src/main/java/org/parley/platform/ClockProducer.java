package org.parley.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * The one clock of the application: UTC, so that every recorded instant means the same thing, and
 * ticking in microseconds, the precision the database keeps (H2 and PostgreSQL timestamps), so that
 * an instant a command answers before its commit is the one read back afterwards.
 */
@ApplicationScoped
public class ClockProducer {

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
  }
}
