package org.parley.proposal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.parley.platform.CsvWriter;
import org.parley.proposal.application.ProposalExport;
import org.parley.proposal.application.ProposalQueries;

/**
 * {@code GET /api/proposals/export.csv?status=&trackId=&agency=&q=&sort=}: the proposal list as a
 * CSV file, with the filters and order of {@code GET /api/proposals} (whose JSON answer stays as it
 * is) and without paging: every proposal the caller may see that matches, at most {@link
 * ProposalExport#MAX_ROWS}. Formula prefixes are neutralised ({@link CsvWriter}); the file name is
 * fixed and the answer is not stored by caches, as it may carry classified titles.
 */
@Path("proposals/export.csv")
@RequestScoped
public class ProposalExportResource {

  @Inject private ProposalExport export;
  @Inject private ProposalQueries proposals;

  @GET
  @Produces(CsvWriter.MEDIA_TYPE)
  public Response export(
      @QueryParam("status") String status,
      @QueryParam("trackId") String trackId,
      @QueryParam("agency") String agency,
      @QueryParam("q") String q,
      @QueryParam("sort") String sort) {
    byte[] csv = export.csv(ProposalFilter.search(proposals, status, trackId, agency, q, sort));
    return Response.ok(csv, CsvWriter.MEDIA_TYPE)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + ProposalExport.FILE_NAME + "\"")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }
}
