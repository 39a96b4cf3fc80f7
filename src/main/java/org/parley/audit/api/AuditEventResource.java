package org.parley.audit.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import org.parley.audit.application.AuditEntry;
import org.parley.audit.application.AuditEventService;
import org.parley.audit.domain.AuditAction;
import org.parley.platform.Page;
import org.parley.platform.PageRequest;
import org.parley.shared.InvalidInputException;

/**
 * {@code GET /api/audit/events?actor=&action=&proposalId=&page=&size=}: the whole audit trail,
 * views of classified content and refusals included, newest first. Auditors only (403 from the
 * service for everyone else).
 */
@Path("audit/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventResource {

  @Inject private AuditEventService events;

  @GET
  public Page<AuditEntry> search(
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @QueryParam("proposalId") String proposalId,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    PageRequest request = PageRequest.of(page, size);
    return events.search(
        blankToNull(actor), action(action), id(proposalId), request.first(), request.size());
  }

  private static AuditAction action(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    return Arrays.stream(AuditAction.values())
        .filter(a -> a.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "action", "Unknown action; one of " + Arrays.toString(AuditAction.values())));
  }

  private static Long id(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("proposalId", "A proposal id is a whole number.");
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
