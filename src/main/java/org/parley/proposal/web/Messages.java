package org.parley.proposal.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.parley.shared.InvalidInputException;

/**
 * Faces messages for the proposal pages: bundle texts for what went well, the services' own texts
 * for what the user must act on. Messages meant for the next page survive the redirect (flash).
 * Page-wide messages carry their text as the summary only (the layout shows summary and detail); a
 * field's message carries it as the detail, which p:message shows.
 */
final class Messages {

  private Messages() {}

  /** An info message from the bundle, kept for the page the action redirects to. */
  static void infoAfterRedirect(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), ""));
  }

  /** The service's refusal as a page-wide error; the request counts as failed. */
  static void error(RuntimeException refusal) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), ""));
    faces.validationFailed();
  }

  /**
   * The service's refusal of one field, next to the input {@code formId:field} when the page has
   * one, else page-wide.
   */
  static void fieldError(String formId, InvalidInputException refusal) {
    FacesContext faces = FacesContext.getCurrentInstance();
    UIComponent field = faces.getViewRoot().findComponent(formId + ":" + refusal.getField());
    String text = refusal.getMessage();
    faces.addMessage(
        field == null ? null : field.getClientId(faces),
        new FacesMessage(FacesMessage.SEVERITY_ERROR, text, field == null ? "" : text));
    faces.validationFailed();
  }

  private static String text(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    Locale locale = faces.getViewRoot().getLocale();
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }
}
