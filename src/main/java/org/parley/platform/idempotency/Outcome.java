package org.parley.platform.idempotency;

/**
 * What an idempotent command answered.
 *
 * @param result the command's result: just computed, or read back from the first run
 * @param replayed true when the key had been used before for this command and nothing was applied
 *     now
 */
public record Outcome<T>(T result, boolean replayed) {}
