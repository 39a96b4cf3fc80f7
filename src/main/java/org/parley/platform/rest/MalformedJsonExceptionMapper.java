package org.parley.platform.rest;

import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body that JSON-P cannot read as the JSON object a resource takes (broken syntax, an
 * empty body, an array instead of an object): 400, nothing written. RESTEasy's JSON-P reader lets
 * the parser's exception through unwrapped (verified on WildFly 39), so this mapper is the nearest
 * match; the parser's own message names its internals, so the detail is ours, with the place the
 * parser stopped when it knows it.
 */
@Provider
public class MalformedJsonExceptionMapper implements ExceptionMapper<JsonException> {

  @Override
  public Response toResponse(JsonException exception) {
    String detail = "The request body is not a well-formed JSON object";
    if (exception instanceof JsonParsingException parsing && parsing.getLocation() != null) {
      JsonLocation at = parsing.getLocation();
      detail +=
          " (stopped at line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")";
    }
    return Problem.of(Response.Status.BAD_REQUEST, detail + ".").toResponse();
  }
}
