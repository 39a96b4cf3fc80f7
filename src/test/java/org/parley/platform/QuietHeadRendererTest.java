package org.parley.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.Writer;
import org.junit.jupiter.api.Test;

/** The settings script keeps everything PrimeFaces writes but the map of error pages. */
class QuietHeadRendererTest {

  @Test
  void dropsTheErrorPageMapAndKeepsTheRest() throws IOException {
    Recording out = new Recording();
    ResponseWriter writer = new QuietHeadRenderer.WithoutErrorPages(out);

    // As PrimeFaces 15 writes the settings: the map opens, entries with commas between, closes.
    writer.write("if(window.PrimeFaces){PrimeFaces.settings={locale:'en'");
    writer.write(",errorPages:{");
    writer.write("'org.parley.shared.NotFoundException':'/WEB-INF/errorpages/not-found.xhtml'");
    writer.write(',');
    writer.write("'':'/WEB-INF/errorpages/server-error.xhtml'");
    writer.write("}");
    writer.write("};");
    writer.write('}');

    assertEquals("if(window.PrimeFaces){PrimeFaces.settings={locale:'en'};}", out.text.toString());
  }

  @Test
  void leavesAPageWithoutErrorPagesAlone() throws IOException {
    Recording out = new Recording();
    ResponseWriter writer = new QuietHeadRenderer.WithoutErrorPages(out);

    writer.write("PrimeFaces.settings={locale:'en'");
    writer.write("}");
    writer.write(new char[] {';', '}'}, 0, 2);

    assertEquals("PrimeFaces.settings={locale:'en'};}", out.text.toString());
  }

  /** A response writer that records the text written to it. */
  private static final class Recording extends ResponseWriter {
    final StringBuilder text = new StringBuilder();

    @Override
    public void write(char[] characters, int offset, int length) {
      text.append(characters, offset, length);
    }

    @Override
    public void write(String string) {
      text.append(string);
    }

    @Override
    public void write(int character) {
      text.append((char) character);
    }

    @Override
    public String getContentType() {
      return "text/html";
    }

    @Override
    public String getCharacterEncoding() {
      return "UTF-8";
    }

    @Override
    public void flush() {}

    @Override
    public void startDocument() {}

    @Override
    public void endDocument() {}

    @Override
    public void startElement(String name, UIComponent component) {}

    @Override
    public void endElement(String name) {}

    @Override
    public void writeAttribute(String name, Object value, String property) {}

    @Override
    public void writeURIAttribute(String name, Object value, String property) {}

    @Override
    public void writeComment(Object comment) {}

    @Override
    public void writeText(Object text, String property) {}

    @Override
    public void writeText(char[] text, int offset, int length) {}

    @Override
    public ResponseWriter cloneWithWriter(Writer writer) {
      return this;
    }

    @Override
    public void close() {}
  }
}
