package org.parley.platform.faces;

import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;

/**
 * Refuses (400) a Faces request that carries a view state but does not arrive by POST.
 *
 * <p>Faces takes any request with a {@code jakarta.faces.ViewState} parameter for a postback,
 * whatever its method: a GET whose query string repeats a form's fields and a valid view state runs
 * the form's action (found on issue 4: such a GET withdrew a proposal). GET must never change
 * anything, and a session cookie with {@code SameSite=Lax} still travels with a top-level GET from
 * another site, so only POST may post back (docs/adr/0011, ASVS 4.0.3 V4.2.2 and V13.2.1).
 */
@WebFilter(filterName = "PostOnlyPostbacks", servletNames = "Faces Servlet")
public class PostOnlyPostbacks extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (isPostbackWithoutPost(request)) {
      response.sendError(
          HttpServletResponse.SC_BAD_REQUEST, "A form is sent with POST, never with GET.");
      return;
    }
    chain.doFilter(request, response);
  }

  /** Whether the request carries a view state (under any naming prefix) but is no POST. */
  static boolean isPostbackWithoutPost(HttpServletRequest request) {
    return !"POST".equals(request.getMethod())
        && Collections.list(request.getParameterNames()).stream()
            .anyMatch(name -> name.endsWith(ResponseStateManager.VIEW_STATE_PARAM));
  }
}
