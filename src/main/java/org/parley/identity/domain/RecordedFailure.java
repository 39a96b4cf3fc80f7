package org.parley.identity.domain;

import java.time.Instant;

/**
 * What one counted sign-in failure did to its name.
 *
 * @param failureInSeries which failure of the series this was, from 1
 * @param refusedUntil until when attempts are now refused, {@code null} when they are not
 * @param locked whether this failure locked the name ({@link ThrottlePolicy#LOCK_AT})
 */
public record RecordedFailure(int failureInSeries, Instant refusedUntil, boolean locked) {}
