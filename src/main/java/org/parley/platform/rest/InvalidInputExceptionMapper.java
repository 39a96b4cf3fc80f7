package org.parley.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.parley.shared.InvalidInputException;

/** Bad input: 400 naming the field. */
@Provider
public class InvalidInputExceptionMapper implements ExceptionMapper<InvalidInputException> {

  @Override
  public Response toResponse(InvalidInputException exception) {
    Response.Status status = Response.Status.BAD_REQUEST;
    return new Problem(
            "about:blank",
            status.getReasonPhrase(),
            status.getStatusCode(),
            exception.getMessage(),
            exception.getField())
        .toResponse();
  }
}
