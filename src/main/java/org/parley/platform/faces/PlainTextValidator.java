package org.parley.platform.faces;

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
 * browser let through. A text area is a multi-line field, any other input a one-line field. The
 * services check everything again, whoever calls them.
 *
 * <p>The limit comes from the input's attribute {@code maxLength} ({@code <f:attribute
 * name="maxLength" value="#{...MAX_...}"/>}), the constant the service checks against. Not from a
 * {@code maxlength}: PrimeFaces cuts a longer submitted value down to its {@code maxlength} while
 * decoding, even a pass-through one (verified with PrimeFaces 15.0.13), and browsers cut pasted
 * text to it; either way a text would be stored cut short without a word to the user.
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
    Object max = component.getAttributes().get("maxLength");
    if (max instanceof Number number) {
      return number.intValue();
    }
    return max == null ? Integer.MIN_VALUE : Integer.parseInt(max.toString().trim());
  }

  private static ValidatorException refusal(FacesContext context, String key, Object... params) {
    String pattern = context.getApplication().getResourceBundle(context, "msg").getString(key);
    String message = new MessageFormat(pattern, context.getViewRoot().getLocale()).format(params);
    return new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
  }
}
