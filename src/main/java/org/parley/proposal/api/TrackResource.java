package org.parley.proposal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.parley.proposal.application.ProposalQueries;

/** {@code GET /api/tracks}: every negotiation track, for any signed-in caller. */
@Path("tracks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TrackResource {

  @Inject private ProposalQueries proposals;

  @GET
  public List<TrackJson> tracks() {
    return proposals.tracks().stream().map(TrackJson::of).toList();
  }
}
