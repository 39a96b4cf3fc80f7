package org.parley.inbox.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.parley.inbox.application.InboxService;

/** {@code GET /api/inbox}: what waits for the caller, earliest due first. */
@Path("inbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

  @Inject private InboxService inbox;

  @GET
  public List<InboxItemJson> inbox() {
    return inbox.inbox().stream().map(InboxItemJson::of).toList();
  }
}
