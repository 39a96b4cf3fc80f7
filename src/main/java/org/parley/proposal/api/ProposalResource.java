package org.parley.proposal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.parley.platform.PageRequest;
import org.parley.platform.idempotency.IdempotentRest;
import org.parley.platform.rest.IfMatch;
import org.parley.platform.rest.JsonInput;
import org.parley.proposal.application.ClearanceAgencies;
import org.parley.proposal.application.DraftingService;
import org.parley.proposal.application.ProposalQueries;
import org.parley.proposal.application.ProposalSearch;
import org.parley.proposal.application.ProposalView;
import org.parley.shared.Agency;

/**
 * {@code /api/proposals}: draft, read, edit, submit and withdraw proposals, list them and read
 * their history. Who may do what is decided by {@link DraftingService} and {@link ProposalQueries};
 * a proposal the caller may not see answers 404 exactly like a missing one.
 *
 * <p><b>Versions.</b> {@code GET} and every answer carrying a proposal send {@code ETag:
 * "<version>"} (a strong tag, quoted as RFC 9110 wants). {@code PUT} needs {@code If-Match} with
 * that tag, quoted or bare: without it the answer is 428 Precondition Required (the RFC 6585 status
 * for exactly this case), with a malformed one 400, with a stale one 412.
 *
 * <p><b>Retries.</b> Create, revise, submit and withdraw take an optional {@code Idempotency-Key}
 * header: the same request sent again with the same key is answered as the first one was, with
 * {@code Idempotency-Replayed: true}, and applied once ({@link IdempotentRest}, docs/adr/0012).
 */
@Path("proposals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProposalResource {

  /** The longest withdrawal reason kept; it goes into the audit trail's detail. */
  static final int MAX_REASON = DraftingService.MAX_WITHDRAW_REASON;

  @Inject private ProposalQueries proposals;
  @Inject private DraftingService drafting;
  @Inject private ClearanceAgencies clearanceAgencies;
  @Inject private IdempotentRest idempotent;

  /**
   * {@code GET /api/proposals?status=&trackId=&agency=&q=&page=&size=&sort=}: one page of the
   * proposals the caller may see. {@code agency} keeps those routed to that agency in any round;
   * {@code q} matches reference and title; {@code sort} is {@code reference}, {@code title}, {@code
   * status} or {@code updatedAt}, with a leading {@code -} for descending (default {@code
   * -updatedAt}). An unknown value answers 400 naming the parameter.
   */
  @GET
  public ProposalSummaryJson.PageJson list(
      @QueryParam("status") String status,
      @QueryParam("trackId") String trackId,
      @QueryParam("agency") String agency,
      @QueryParam("q") String q,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("sort") String sort) {
    PageRequest request = PageRequest.of(page, size);
    ProposalSearch search = ProposalFilter.search(proposals, status, trackId, agency, q, sort);
    return ProposalSummaryJson.PageJson.of(
        proposals.search(search, request.first(), request.size()));
  }

  /** {@code POST /api/proposals}: a new draft; 201 with its address, tag and representation. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(JsonObject body, @Context UriInfo uri) {
    return idempotent.respond(
        body,
        () -> {
          ProposalInput input = ProposalInput.read(body);
          ProposalView created = drafting.create(input.trackId(), input.content());
          return Response.created(
                  uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
              .tag(tag(created))
              .entity(json(created))
              .build();
        });
  }

  /** {@code GET /api/proposals/{id}}, with its {@code ETag}; 304 for a matching If-None-Match. */
  @GET
  @Path("{id}")
  public Response get(@PathParam("id") long id, @Context Request request) {
    ProposalView proposal = proposals.open(id, "REST proposal");
    EntityTag tag = tag(proposal);
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    if (notModified != null) {
      return notModified.tag(tag).build();
    }
    return answer(proposal);
  }

  /**
   * {@code PUT /api/proposals/{id}}: replaces a draft's content. The body is that of POST; its
   * {@code trackId} must be the proposal's own (a proposal stays on its track).
   */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response revise(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      JsonObject body) {
    if (IfMatch.isMissing(ifMatch)) {
      return IfMatch.required();
    }
    long expectedVersion = IfMatch.version(ifMatch);
    return idempotent.respond(
        body,
        () -> {
          ProposalInput input = ProposalInput.read(body);
          return answer(drafting.revise(id, expectedVersion, input.trackId(), input.content()));
        });
  }

  /**
   * {@code POST /api/proposals/{id}/submit} {@code {additionalAgencies}}: sends the draft to
   * clearance, with the agencies routing selects plus those added.
   */
  @POST
  @Path("{id}/submit")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response submit(@PathParam("id") long id, JsonObject body) {
    return idempotent.respond(
        body,
        () -> {
          List<Agency> added = JsonInput.of(body).enumValues("additionalAgencies", Agency.class);
          return answer(drafting.submit(id, added.isEmpty() ? Set.of() : EnumSet.copyOf(added)));
        });
  }

  /** {@code POST /api/proposals/{id}/withdraw} {@code {reason}}: withdraws it for good. */
  @POST
  @Path("{id}/withdraw")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response withdraw(@PathParam("id") long id, JsonObject body) {
    return idempotent.respond(
        body,
        () -> {
          String reason = JsonInput.of(body).optionalText("reason", MAX_REASON).orElse(null);
          return answer(drafting.withdraw(id, reason));
        });
  }

  /** {@code GET /api/proposals/{id}/history}: the audit trail, oldest first. */
  @GET
  @Path("{id}/history")
  public List<HistoryEntryJson> history(@PathParam("id") long id) {
    proposals.open(id, "REST history");
    return proposals.history(id).stream().map(HistoryEntryJson::of).toList();
  }

  // --- helpers ---

  private Response answer(ProposalView proposal) {
    return Response.ok(json(proposal)).tag(tag(proposal)).build();
  }

  private ProposalJson json(ProposalView proposal) {
    return ProposalJson.of(proposal, clearanceAgencies.of(proposal));
  }

  private static EntityTag tag(ProposalView proposal) {
    return new EntityTag(Long.toString(proposal.version()));
  }
}
