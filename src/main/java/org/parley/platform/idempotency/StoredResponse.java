package org.parley.platform.idempotency;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.parley.platform.rest.JsonbConfiguration;

/**
 * A REST answer as stored under an idempotency key: enough to send it again byte for byte.
 *
 * @param status the HTTP status
 * @param body the JSON body as the REST API wrote it, null when there was none
 * @param location the {@code Location} header, null when there was none
 * @param etag the {@code ETag} header, null when there was none
 */
public record StoredResponse(int status, String body, String location, String etag) {

  /** {@code response} (built by a resource, not yet written) in storable form. */
  public static StoredResponse of(Response response) {
    URI location = response.getLocation();
    return new StoredResponse(
        response.getStatus(),
        response.hasEntity() ? JsonbConfiguration.toJson(response.getEntity()) : null,
        location == null ? null : location.toString(),
        response.getHeaderString(HttpHeaders.ETAG));
  }

  /** The answer to send, the first time and on every replay alike. */
  public Response.ResponseBuilder toResponse() {
    Response.ResponseBuilder answer = Response.status(status);
    if (body != null) {
      answer.entity(body).type(MediaType.APPLICATION_JSON_TYPE);
    }
    if (location != null) {
      answer.location(URI.create(location));
    }
    if (etag != null) {
      answer.header(HttpHeaders.ETAG, etag);
    }
    return answer;
  }
}
