package org.parley.platform.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.parley.platform.Incidents;

/**
 * Anything no other mapper knows is an incident ({@link Incidents}): logged in full under an
 * incident id, answered as a 500 problem that carries the id and nothing of the internals.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  @Context private UriInfo uri;
  @Context private Request request;

  @Override
  public Response toResponse(Throwable exception) {
    return problemFor(exception).toResponse();
  }

  /** Records the incident and returns the problem that answers it. */
  Problem problemFor(Throwable exception) {
    return Problem.incident(Incidents.record(where(), exception));
  }

  private String where() {
    String method = request == null ? "REST" : request.getMethod();
    return uri == null ? method : method + " " + uri.getRequestUri().getRawPath();
  }
}
