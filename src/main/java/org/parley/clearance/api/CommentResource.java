package org.parley.clearance.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.parley.clearance.application.ClearanceService;
import org.parley.clearance.domain.ReviewComment;
import org.parley.platform.idempotency.IdempotentRest;
import org.parley.platform.rest.JsonInput;

/**
 * {@code POST /api/proposals/{id}/comments/{commentId}/resolution} {@code {accepted, reason}}: the
 * drafters' answer to a comment of the latest round, answering the round as it now stands. A
 * rejection needs a reason; the service says who may answer and when.
 */
@Path("proposals/{id}/comments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CommentResource {

  @Inject private ClearanceService clearance;
  @Inject private IdempotentRest idempotent;

  /** Answers the comment; takes an optional {@code Idempotency-Key} ({@link IdempotentRest}). */
  @POST
  @Path("{commentId}/resolution")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response resolve(
      @PathParam("id") long id, @PathParam("commentId") long commentId, JsonObject body) {
    return idempotent.respond(
        body,
        () -> {
          JsonInput in = JsonInput.of(body);
          boolean accepted = in.booleanValue("accepted");
          String reason = in.optionalText("reason", ReviewComment.MAX_REASON).orElse(null);
          return Response.ok(
                  ClearanceJson.of(clearance.resolveComment(id, commentId, accepted, reason)))
              .build();
        });
  }
}
