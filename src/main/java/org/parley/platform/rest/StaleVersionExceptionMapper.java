package org.parley.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.parley.shared.StaleVersionException;

/** Someone saved in between: 412, nothing written; reload and retry. */
@Provider
public class StaleVersionExceptionMapper implements ExceptionMapper<StaleVersionException> {

  @Override
  public Response toResponse(StaleVersionException exception) {
    return Problem.of(Response.Status.PRECONDITION_FAILED, exception.getMessage()).toResponse();
  }
}
