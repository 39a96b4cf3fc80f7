package org.parley.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.parley.platform.Incidents;

/**
 * An error answer in the format of RFC 9457 ({@code application/problem+json}). Every error of the
 * REST API has this shape; {@code detail} says what went wrong in words a client developer can act
 * on, never a stack trace.
 *
 * @param type a URI naming the kind of problem ({@code about:blank} when the status says it all)
 * @param title the short summary of the kind of problem
 * @param status the HTTP status code
 * @param detail what went wrong with this request
 * @param field the offending request field, when one is to blame
 * @param incident the incident id of an unexpected failure (500), under which the server log keeps
 *     the stack trace ({@link Incidents}); null on every other problem
 */
public record Problem(
    String type, String title, int status, String detail, String field, String incident) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** A problem that is not an incident. */
  public Problem(String type, String title, int status, String detail, String field) {
    this(type, title, status, detail, field, null);
  }

  public static Problem of(Response.Status status, String detail) {
    return new Problem(
        "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null);
  }

  public static Problem of(Response.StatusType status, String detail) {
    return new Problem(
        "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null);
  }

  /** The 500 answer to an unexpected failure: the incident id, and nothing of the internals. */
  public static Problem incident(String incident) {
    Response.Status status = Response.Status.INTERNAL_SERVER_ERROR;
    return new Problem(
        "about:blank",
        status.getReasonPhrase(),
        status.getStatusCode(),
        "Something went wrong on our side. Quote incident " + incident + " to support.",
        null,
        incident);
  }

  public Response toResponse() {
    return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
  }

  /** This problem as JSON, for writers outside Jakarta REST (the authentication mechanism). */
  public String toJson() {
    return JsonbConfiguration.JSONB.toJson(this);
  }
}
