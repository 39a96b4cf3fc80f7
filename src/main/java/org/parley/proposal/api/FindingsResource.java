package org.parley.proposal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.regex.Pattern;
import org.parley.proposal.application.ProposalFindings;
import org.parley.shared.InvalidInputException;

/**
 * {@code GET /api/proposals/{id}/findings}: the reciprocity findings of the proposal's current
 * content, computed now; {@code ?version=N}: those version N was submitted with. Whoever may read
 * the proposal; 404 otherwise, and for a version that does not exist.
 */
@Path("proposals/{id}/findings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FindingsResource {

  private static final Pattern VERSION = Pattern.compile("[1-9]\\d{0,8}");

  @Inject private ProposalFindings findings;

  @GET
  public FindingsJson findings(@PathParam("id") long id, @QueryParam("version") String version) {
    if (version == null) {
      return FindingsJson.of(id, null, findings.current(id));
    }
    if (!VERSION.matcher(version).matches()) {
      throw new InvalidInputException(
          "version", "version must be the number of a submitted version: 1, 2, …");
    }
    int number = Integer.parseInt(version);
    return FindingsJson.of(id, number, findings.submitted(id, number));
  }
}
