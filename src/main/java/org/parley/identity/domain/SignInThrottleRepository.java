package org.parley.identity.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The sign-in failure counts, one row per submitted name that failed recently. */
public interface SignInThrottleRepository {

  Optional<SignInThrottle> find(SignInName name);

  /**
   * The row, locked against other transactions until this one ends, so that concurrent failures on
   * one name (on any cluster node) are all counted.
   */
  Optional<SignInThrottle> findForUpdate(SignInName name);

  List<SignInThrottle> findAll(Collection<SignInName> names);

  void add(SignInThrottle throttle);

  void remove(SignInThrottle throttle);

  /** Deletes every row {@linkplain SignInThrottle#isSpent spent} at {@code now}. */
  int removeSpent(Instant now);
}
