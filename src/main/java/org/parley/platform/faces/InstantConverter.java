package org.parley.platform.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Shows every {@link Instant} on a page the same way, in UTC, the zone Parley records time in:
 * {@code 2026-11-29 14:05 UTC}. Applied by type, so pages need no converter tag; Faces 4.0's own
 * {@code f:convertDateTime type="instant"} takes no pattern.
 */
@FacesConverter(forClass = Instant.class)
public class InstantConverter implements Converter<Instant> {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @Override
  public String getAsString(FacesContext context, UIComponent component, Instant value) {
    return value == null ? "" : FORMAT.format(value);
  }

  @Override
  public Instant getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(value.trim(), FORMAT).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new ConverterException(
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, "Expected a time like 2026-11-29 14:05 UTC.", null),
          e);
    }
  }
}
