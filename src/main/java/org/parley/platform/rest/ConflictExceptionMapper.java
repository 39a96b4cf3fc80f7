package org.parley.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.parley.shared.ConflictException;

/** The current state forbids the action: 409, nothing written. */
@Provider
public class ConflictExceptionMapper implements ExceptionMapper<ConflictException> {

  @Override
  public Response toResponse(ConflictException exception) {
    return Problem.of(Response.Status.CONFLICT, exception.getMessage()).toResponse();
  }
}
