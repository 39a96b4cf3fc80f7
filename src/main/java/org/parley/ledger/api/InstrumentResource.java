package org.parley.ledger.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.parley.ledger.application.InstrumentService;
import org.parley.ledger.application.InstrumentView;
import org.parley.platform.rest.IfMatch;

/**
 * {@code /api/instruments}: the leverage register. Any signed-in user reads it; administrators keep
 * it ({@link InstrumentService} refuses everyone else with 403).
 *
 * <p><b>Versions.</b> Every answer carrying an instrument sends {@code ETag: "<version>"}. {@code
 * PUT} needs {@code If-Match} with that tag, quoted or bare: without it the answer is 428, with a
 * malformed one 400, with a stale one 412. Retire, reactivate and delete need none: they do not
 * overwrite anyone's text.
 */
@Path("instruments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InstrumentResource {

  @Inject private InstrumentService instruments;

  /** {@code GET /api/instruments}: every instrument, active first, then by tier and name. */
  @GET
  public List<InstrumentJson> list() {
    return instruments.all().stream().map(InstrumentJson::of).toList();
  }

  /** {@code GET /api/instruments/{id}}, with its {@code ETag}. */
  @GET
  @Path("{id}")
  public Response get(@PathParam("id") long id) {
    return answer(instruments.get(id));
  }

  /**
   * {@code POST /api/instruments}: a new, active instrument ({@link InstrumentInput}); 201 with its
   * address, tag and representation; 400 naming the field, also for a name the register has.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(JsonObject body, @Context UriInfo uri) {
    InstrumentView created = instruments.create(InstrumentInput.read(body).details());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .tag(tag(created))
        .entity(InstrumentJson.of(created))
        .build();
  }

  /** {@code PUT /api/instruments/{id}} with {@code If-Match}: replaces what the register says. */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      JsonObject body) {
    if (IfMatch.isMissing(ifMatch)) {
      return IfMatch.required();
    }
    long expectedVersion = IfMatch.version(ifMatch);
    return answer(instruments.update(id, expectedVersion, InstrumentInput.read(body).details()));
  }

  /** {@code POST /api/instruments/{id}/retire}: no step may newly choose it. */
  @POST
  @Path("{id}/retire")
  public Response retire(@PathParam("id") long id) {
    return answer(instruments.retire(id));
  }

  /** {@code POST /api/instruments/{id}/reactivate}: back in use. */
  @POST
  @Path("{id}/reactivate")
  public Response reactivate(@PathParam("id") long id) {
    return answer(instruments.reactivate(id));
  }

  /**
   * {@code DELETE /api/instruments/{id}}: 204; 409 when a proposal names it (retire it instead).
   */
  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id) {
    instruments.delete(id);
    return Response.noContent().build();
  }

  private static Response answer(InstrumentView instrument) {
    return Response.ok(InstrumentJson.of(instrument)).tag(tag(instrument)).build();
  }

  private static EntityTag tag(InstrumentView instrument) {
    return new EntityTag(Long.toString(instrument.version()));
  }
}
