package org.parley.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.parley.shared.AccessDeniedException;

/** A service refused the caller: 403 with the reason. */
@Provider
public class AccessDeniedExceptionMapper implements ExceptionMapper<AccessDeniedException> {

  @Override
  public Response toResponse(AccessDeniedException exception) {
    return Problem.of(Response.Status.FORBIDDEN, exception.getMessage()).toResponse();
  }
}
