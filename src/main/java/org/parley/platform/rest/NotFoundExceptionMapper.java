package org.parley.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.parley.shared.NotFoundException;

/** Something the caller asked for is not there, or not theirs to know of: 404. */
@Provider
public class NotFoundExceptionMapper implements ExceptionMapper<NotFoundException> {

  @Override
  public Response toResponse(NotFoundException exception) {
    return Problem.of(Response.Status.NOT_FOUND, exception.getMessage()).toResponse();
  }
}
