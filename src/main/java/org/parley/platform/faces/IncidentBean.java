package org.parley.platform.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.parley.platform.Incidents;

/**
 * The incident behind the server-error page ({@code #{incident.id}}): the exception the container
 * (or, for ajax requests, OmniFaces' FullAjaxExceptionHandler) hands the error page is recorded
 * under a new incident id the first time the page asks for it, once per request.
 */
@Named("incident")
@RequestScoped
public class IncidentBean {

  @Inject private HttpServletRequest request;

  private String id;

  /** The incident id shown to the user; the server log has the same id with the stack trace. */
  public String getId() {
    if (id == null) {
      Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
      Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
      id =
          Incidents.record(
              request.getMethod() + " " + (uri == null ? request.getRequestURI() : uri),
              failure instanceof Throwable throwable ? throwable : null);
    }
    return id;
  }
}
