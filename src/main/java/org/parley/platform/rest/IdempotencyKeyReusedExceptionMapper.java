package org.parley.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.parley.platform.idempotency.IdempotencyKey;
import org.parley.platform.idempotency.IdempotencyKeyReusedException;

/**
 * An idempotency key sent again with a different request: 422 Unprocessable Content (the status the
 * IETF Idempotency-Key draft gives this case), naming the header; nothing applied.
 */
@Provider
public class IdempotencyKeyReusedExceptionMapper
    implements ExceptionMapper<IdempotencyKeyReusedException> {

  @Override
  public Response toResponse(IdempotencyKeyReusedException exception) {
    return new Problem(
            "about:blank",
            "Unprocessable Content",
            422,
            exception.getMessage(),
            IdempotencyKey.HEADER)
        .toResponse();
  }
}
