package org.parley.decision.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.parley.decision.application.DecisionMemo;
import org.parley.decision.application.MemoFile;

/**
 * {@code GET /api/proposals/{id}/memo.pdf}: the decision memo of the proposal's latest submitted
 * version, as a PDF file named after its reference and version ({@code
 * DPRK-2026-0003-v2-memo.pdf}). 404 for a proposal the caller may not see, 409 for one never
 * submitted; never stored by caches, as it may be classified.
 */
@Path("proposals/{id}/memo.pdf")
@RequestScoped
public class DecisionMemoResource {

  @Inject private DecisionMemo memos;

  @GET
  @Produces(MemoFile.MEDIA_TYPE)
  public Response memo(@PathParam("id") long id) {
    MemoFile memo = memos.memo(id, "REST");
    return Response.ok(memo.pdf(), MemoFile.MEDIA_TYPE)
        .header(HttpHeaders.CONTENT_DISPOSITION, memo.contentDisposition())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }
}
