package org.parley.platform.idempotency;

/**
 * A command as an idempotency key names it.
 *
 * @param key the caller's key
 * @param fingerprint the {@link RequestFingerprint} of everything that makes the command what it is
 * @param description the command in a few words for people ({@code POST /api/proposals/7/submit},
 *     {@code page: submit proposal 7}), named when a key is reused for another command
 */
public record IdempotentRequest(IdempotencyKey key, String fingerprint, String description) {

  /** A command of a page: {@code action} on {@code parts}, fingerprinted together. */
  public static IdempotentRequest ofPage(IdempotencyKey key, String action, Object... parts) {
    Object[] all = new Object[parts.length + 1];
    all[0] = "page:" + action;
    System.arraycopy(parts, 0, all, 1, parts.length);
    return new IdempotentRequest(key, RequestFingerprint.of(all), "page: " + action);
  }
}
