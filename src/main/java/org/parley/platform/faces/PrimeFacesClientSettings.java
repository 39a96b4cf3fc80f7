package org.parley.platform.faces;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;
import java.util.logging.Logger;
import org.primefaces.context.PrimeApplicationContext;

/**
 * Keeps web.xml's error-page map out of the pages. PrimeFaces reads the map when its application
 * context is created and writes it into {@code PrimeFaces.settings.errorPages} of every page
 * (exception class names such as {@code org.parley.shared.AccessDeniedException} and {@code
 * /WEB-INF/} paths), for a client-side redirect that only its own ajax exception handler would
 * trigger. Parley uses OmniFaces' FullAjaxExceptionHandler instead (faces-config.xml), which
 * renders the error pages on the server, so the map is of no use in the browser and only tells a
 * visitor about the internals. PrimeFaces has no setting for it, so the map it read is emptied
 * once.
 *
 * <p>That happens before the first request's view is restored, not at application start-up, where
 * PrimeFaces cannot yet create its context on WildFly (UT010042). Every request passes this
 * listener before it renders, and the volatile flag orders the emptying before any rendering that
 * reads the map.
 */
public class PrimeFacesClientSettings implements PhaseListener {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(PrimeFacesClientSettings.class.getName());
  private static final Object LOCK = new Object();
  private static volatile boolean done;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    if (done) {
      return;
    }
    synchronized (LOCK) {
      if (!done) {
        emptyErrorPages(
            PrimeApplicationContext.getCurrentInstance(event.getFacesContext())
                .getConfig()
                .getErrorPages());
        done = true;
      }
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    // Nothing after the view is restored.
  }

  static void emptyErrorPages(Map<String, String> errorPages) {
    try {
      errorPages.clear();
    } catch (UnsupportedOperationException unmodifiable) {
      LOG.warning(
          "PrimeFaces' error-page map cannot be emptied any more: pages will name exception"
              + " classes (SecurityHeadersIT fails until this is solved another way).");
    }
  }
}
