package org.parley.ledger.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.parley.ledger.application.InstrumentService;
import org.parley.ledger.application.InstrumentView;

/**
 * {@code /api/instruments}: the leverage register. Any signed-in user reads it; administrators keep
 * it.
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
    InstrumentView instrument = instruments.get(id);
    return Response.ok(InstrumentJson.of(instrument))
        .tag(new EntityTag(Long.toString(instrument.version())))
        .build();
  }
}
