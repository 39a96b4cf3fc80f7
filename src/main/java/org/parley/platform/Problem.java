package org.parley.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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
 */
public record Problem(String type, String title, int status, String detail, String field) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public static Problem of(Response.Status status, String detail) {
    return new Problem(
        "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null);
  }

  public static Problem of(Response.StatusType status, String detail) {
    return new Problem(
        "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null);
  }

  public Response toResponse() {
    return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
  }

  /** This problem as JSON, for writers outside Jakarta REST (the authentication mechanism). */
  public String toJson() {
    return JsonbConfiguration.JSONB.toJson(this);
  }
}
