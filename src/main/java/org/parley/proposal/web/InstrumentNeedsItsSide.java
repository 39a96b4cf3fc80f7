package org.parley.proposal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.validator.MultiFieldValidator;

/**
 * The editor's check that an instrument is spent by our side of a step only when that side is
 * drafted: an instrument chosen for a side left empty is refused next to the instrument's menu on
 * save (the service would refuse it too, page-wide). A side only partly filled in is left to {@code
 * o:validateAllOrNone}. For {@code o:validateMultiple} over our category, description,
 * reversibility and instrument, in that order.
 */
@Named
@ApplicationScoped
public class InstrumentNeedsItsSide implements MultiFieldValidator {

  @Override
  public boolean validateValues(
      FacesContext context, List<UIInput> components, List<Object> values) {
    Object instrument = values.get(values.size() - 1);
    return empty(instrument)
        || values.subList(0, values.size() - 1).stream()
            .anyMatch(value -> !InstrumentNeedsItsSide.empty(value));
  }

  private static boolean empty(Object value) {
    return value == null || value.toString().isBlank();
  }
}
