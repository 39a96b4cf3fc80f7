package org.parley.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.text.MessageFormat;
import org.parley.shared.PlainText;

/**
 * {@code <f:validator validatorId="parley.plainText"/>}: what the services accept as text ({@link
 * PlainText}), checked on the page so that a refusal appears next to its field, whatever the
 * browser let through. The limit is the input's own {@code maxlength}, so the browser and the
 * server enforce one number; a text area is a multi-line field, any other input a one-line field.
 * The services check everything again, whoever calls them.
 */
@FacesValidator("parley.plainText")
public class PlainTextValidator implements Validator<Object> {

  @Override
  public void validate(FacesContext context, UIComponent component, Object value) {
    if (!(value instanceof String text)) {
      return;
    }
    int max = maxLength(component);
    if (max > 0 && text.length() > max) {
      throw refusal(context, "input.tooLong", text.length(), max);
    }
    boolean multiLine = component instanceof HtmlInputTextarea;
    PlainText.violation(text, multiLine)
        .ifPresent(
            found -> {
              throw switch (found.kind()) {
                case LINE_BREAK -> refusal(context, "input.lineBreak", found.position());
                case INVISIBLE ->
                    refusal(context, "input.invisible", found.character(), found.position());
              };
            });
  }

  private static int maxLength(UIComponent component) {
    Object max = component.getAttributes().get("maxlength");
    return max instanceof Number number ? number.intValue() : Integer.MIN_VALUE;
  }

  private static ValidatorException refusal(FacesContext context, String key, Object... params) {
    String pattern = context.getApplication().getResourceBundle(context, "msg").getString(key);
    String message = new MessageFormat(pattern, context.getViewRoot().getLocale()).format(params);
    return new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
  }
}
