package org.parley.platform.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicReference;
import org.parley.shared.InvalidInputException;

/**
 * How backing beans tell the user what happened: a confirmation from the bundle, a refusal of the
 * service as a page message, and an invalid value next to its field. The convention that makes the
 * last one work without client ids in Java: <b>an input whose id is the service's field name</b>
 * (e.g. {@code id="rationale"}) receives the message of an {@link InvalidInputException} for that
 * field, and a {@code p:message for="rationale"} beside it shows the message.
 */
public final class PageMessages {

  private PageMessages() {}

  /** The pages' message bundle ({@code msg}), for texts a bean hands to a chart or a message. */
  public static ResourceBundle bundle() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context.getApplication().getResourceBundle(context, "msg");
  }

  /** A confirmation from the bundle ({@code msg}), formatted with {@code params}. */
  public static void info(String key, Object... params) {
    FacesContext context = FacesContext.getCurrentInstance();
    String text = bundle().getString(key);
    context.addMessage(
        null,
        new FacesMessage(FacesMessage.SEVERITY_INFO, MessageFormat.format(text, params), null));
  }

  /** A service's refusal the user can act on (e.g. a conflict), shown above the page. */
  public static void refused(RuntimeException refusal) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null));
    context.validationFailed();
  }

  /**
   * An invalid value, shown next to the component whose id is the field's name and marked invalid
   * when it is an input; above the page when no such component is on it.
   */
  public static void invalid(InvalidInputException invalid) {
    FacesContext context = FacesContext.getCurrentInstance();
    AtomicReference<String> clientId = new AtomicReference<>();
    context
        .getViewRoot()
        .visitTree(
            VisitContext.createVisitContext(context),
            (visit, component) -> {
              if (!invalid.getField().equals(component.getId())) {
                return VisitResult.ACCEPT;
              }
              clientId.set(component.getClientId(visit.getFacesContext()));
              if (component instanceof UIInput input) {
                keepShownValue(visit.getFacesContext(), input);
                input.setValid(false);
              }
              return VisitResult.COMPLETE;
            });
    context.addMessage(
        clientId.get(), new FacesMessage(FacesMessage.SEVERITY_ERROR, invalid.getMessage(), null));
    context.validationFailed();
  }

  /**
   * Keeps what the user entered on the page when the service refuses it. An input marked invalid
   * after its value reached the model has no submitted value left, and PrimeFaces (with empty
   * strings submitted as null) then renders it empty: the refused text would vanish beside its
   * message. Its value, as the page submitted it, becomes the submitted value again.
   */
  private static void keepShownValue(FacesContext context, UIInput input) {
    Object value = input.getValue();
    if (input.getSubmittedValue() != null
        || value == null
        || value instanceof Collection<?>
        || value.getClass().isArray()) {
      return;
    }
    @SuppressWarnings("unchecked")
    Converter<Object> converter = input.getConverter();
    if (converter == null) {
      converter = context.getApplication().createConverter(value.getClass());
    }
    input.setSubmittedValue(
        converter == null ? value.toString() : converter.getAsString(context, input, value));
  }

  /**
   * A form sent again (a double click, a retry after failover) whose first sending was applied: a
   * calm note beside the first one's confirmation, not an error (docs/adr/0012).
   */
  public static void replayed() {
    info("idempotency.replayed");
  }

  /** The view's idempotency key was used for another command: reload to get a fresh one. */
  public static void keyReused() {
    FacesContext context = FacesContext.getCurrentInstance();
    String text = bundle().getString("idempotency.reused");
    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    context.validationFailed();
  }

  /** Keeps this request's messages for the page a redirect leads to. */
  public static void keepForRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }
}
