package org.parley.platform.idempotency;

/**
 * The caller sent an idempotency key it had used before for a different command (another method,
 * address or body): nothing was applied (422).
 */
public class IdempotencyKeyReusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public IdempotencyKeyReusedException(String message) {
    super(message);
  }
}
