package org.parley.platform.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * {@code <f:converter converterId="parley.lineBreaks"/>} on a text area: line breaks as one line
 * feed each. Browsers count a line break as one character against {@code maxlength} but submit it
 * as CR LF (HTML form submission), so without this a text that fits in the browser would be refused
 * as too long on the server; stored texts then break lines the same way whether they came from a
 * page or from the REST API.
 */
@FacesConverter("parley.lineBreaks")
public class LineBreaksConverter implements Converter<String> {

  @Override
  public String getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    return value.replace("\r\n", "\n").replace('\r', '\n');
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, String value) {
    return value == null ? "" : value;
  }
}
