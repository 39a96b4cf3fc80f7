package org.parley.platform;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.config.PrimeConfiguration;
import org.primefaces.context.PrimeRequestContext;
import org.primefaces.renderkit.HeadRenderer;

/**
 * PrimeFaces' {@code h:head} renderer without the error-page map it writes into every page's
 * settings script ({@code PrimeFaces.settings.errorPages}): web.xml's exception class names with
 * their {@code /WEB-INF} locations, which no page should show (OWASP ASVS 4.0.3 7.4.1/14.3.2). The
 * PrimeFaces client reads that map only for ajax errors reported by PrimeFaces' own exception
 * handler; Parley uses OmniFaces' {@code FullAjaxExceptionHandler}, which renders the error page on
 * the server (faces-config.xml), so nothing needs the map.
 */
public class QuietHeadRenderer extends HeadRenderer {

  @Override
  protected void encodeSettingScripts(
      FacesContext context,
      PrimeRequestContext requestContext,
      PrimeConfiguration configuration,
      ResponseWriter writer)
      throws IOException {
    super.encodeSettingScripts(
        context, requestContext, configuration, new WithoutErrorPages(writer));
  }

  /**
   * Drops what PrimeFaces writes from {@code ,errorPages:{} to its closing {@code }}: the opening
   * text, one write per entry (and a comma between them), and the closing brace.
   */
  static final class WithoutErrorPages extends ResponseWriterWrapper {

    static final String OPENING = ",errorPages:{";

    private boolean dropping;

    WithoutErrorPages(ResponseWriter wrapped) {
      super(wrapped);
    }

    @Override
    public void write(String text) throws IOException {
      if (OPENING.equals(text)) {
        dropping = true;
      } else if (dropping) {
        dropping = !"}".equals(text);
      } else {
        getWrapped().write(text);
      }
    }

    @Override
    public void write(int character) throws IOException {
      if (!dropping) {
        getWrapped().write(character);
      }
    }

    @Override
    public void write(char[] characters, int offset, int length) throws IOException {
      write(new String(characters, offset, length));
    }
  }
}
