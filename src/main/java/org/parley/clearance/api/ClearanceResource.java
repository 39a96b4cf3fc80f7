package org.parley.clearance.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.parley.clearance.application.ClearanceService;
import org.parley.clearance.domain.CommentDraft;
import org.parley.clearance.domain.CommentType;
import org.parley.clearance.domain.Position;
import org.parley.platform.idempotency.IdempotentRest;
import org.parley.platform.rest.JsonInput;
import org.parley.shared.Agency;
import org.parley.shared.InvalidInputException;
import org.parley.shared.NotFoundException;

/**
 * {@code /api/proposals/{id}/clearance}: the proposal's latest clearance round, and agencies'
 * positions on it. {@link ClearanceService} decides who may answer for which agency.
 */
@Path("proposals/{id}/clearance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClearanceResource {

  @Inject private ClearanceService clearance;
  @Inject private IdempotentRest idempotent;

  /** {@code GET}: the latest round; 404 when the proposal has never been to clearance. */
  @GET
  public ClearanceJson round(@PathParam("id") long id) {
    return ClearanceJson.of(clearance.clearance(id));
  }

  /**
   * {@code POST /{agency}} {@code {position, comments:[{type, text}]}}: the agency's position on
   * the open round; {@code comments} may be left out where the position needs none. An agency code
   * that does not exist answers 404, as any address with nothing behind it. Takes an optional
   * {@code Idempotency-Key} ({@link IdempotentRest}).
   */
  @POST
  @Path("{agency}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response takePosition(
      @PathParam("id") long id, @PathParam("agency") String agencyCode, JsonObject body) {
    Agency agency = agency(agencyCode);
    return idempotent.respond(
        body,
        () -> {
          JsonInput in = JsonInput.of(body);
          Position position = in.enumValue("position", Position.class);
          List<CommentDraft> comments =
              in.optionalObjects("comments").stream().map(ClearanceResource::comment).toList();
          return Response.ok(
                  ClearanceJson.of(clearance.recordPosition(id, agency, position, comments)))
              .build();
        });
  }

  private static CommentDraft comment(JsonInput comment) {
    return new CommentDraft(
        comment.enumValue("type", CommentType.class), comment.text("text", CommentDraft.MAX_TEXT));
  }

  private static Agency agency(String code) {
    try {
      return JsonInput.constant("agency", code, Agency.class);
    } catch (InvalidInputException unknown) {
      throw new NotFoundException(
          "There is no agency "
              + code
              + "; the agencies are "
              + JsonInput.allowed(Agency.class)
              + ".");
    }
  }
}
