package org.parley.inbox.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.parley.inbox.application.InboxService;
import org.parley.platform.PageRequest;

/**
 * {@code GET /api/inbox?page=&size=}: one page of what waits for the caller, earliest due first (no
 * due date last, then by reference), and how many items wait in all. {@code page} counts from 0,
 * {@code size} is 20 unless given and at most 100; a bad value answers 400 naming the parameter.
 */
@Path("inbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

  @Inject private InboxService inbox;

  @GET
  public InboxItemJson.PageJson inbox(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    return InboxItemJson.PageJson.of(inbox.page(PageRequest.of(page, size)));
  }
}
