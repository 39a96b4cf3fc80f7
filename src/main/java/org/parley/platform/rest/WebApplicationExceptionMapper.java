package org.parley.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * Errors raised by Jakarta REST itself (no such path, wrong method, wrong media type, unreadable
 * body) as problem+json. The implementation's own messages name its internals, so the detail is
 * ours.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  private static final Map<Integer, String> DETAILS =
      Map.of(
          400, "The request could not be read.",
          404, "There is nothing at this address.",
          405, "This address does not accept that HTTP method.",
          406, "This address cannot answer in the media type asked for.",
          415, "This address does not accept that media type; send application/json.");

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response.StatusType status = exception.getResponse().getStatusInfo();
    String detail = DETAILS.getOrDefault(status.getStatusCode(), status.getReasonPhrase());
    Response problem = Problem.of(status, detail).toResponse();
    String allow = exception.getResponse().getHeaderString("Allow");
    return allow == null ? problem : Response.fromResponse(problem).header("Allow", allow).build();
  }
}
