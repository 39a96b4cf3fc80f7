package org.parley.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser reads from Parley's Faces pages and partial responses before it posts back: the
 * view state, PrimeFaces' CSP nonce, the options of a menu; and whether an answer is what a
 * signed-in user expects. The load simulations use exactly these methods and patterns in their
 * checks, so that the unit test covers what the load run does.
 */
public final class FacesPage {

  /** What the checks return for an answer that is fine; anything else names what is wrong. */
  public static final String OK = "ok";

  /** The value of the {@code jakarta.faces.ViewState} hidden field of a full page. */
  public static final String VIEW_STATE_REGEX =
      "name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]+)\"";

  /**
   * The view state a partial response hands back ({@code <update
   * id="j_id1:jakarta.faces.ViewState:0"><![CDATA[…]]>}); a browser posts it from then on.
   */
  public static final String VIEW_STATE_UPDATE_REGEX =
      "<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]+)\\]\\]>";

  /**
   * The nonce PrimeFaces' CSP mode puts into the page ({@code PrimeFaces.csp.init('…')}); its
   * script adds it to every form as {@code primefaces.nonce}, and a postback without it fails.
   */
  public static final String NONCE_REGEX = "PrimeFaces\\.csp\\.init\\('([^']+)'\\)";

  /** The name of the nonce's form field. */
  public static final String NONCE_PARAMETER = "primefaces.nonce";

  /** Links to a proposal's page, as the proposal list and the inbox render them. */
  public static final String PROPOSAL_LINK_REGEX = "/proposals/view\\.xhtml\\?id=(\\d+)";

  private static final Pattern VIEW_STATE = Pattern.compile(VIEW_STATE_REGEX);
  private static final Pattern VIEW_STATE_UPDATE = Pattern.compile(VIEW_STATE_UPDATE_REGEX);
  private static final Pattern NONCE = Pattern.compile(NONCE_REGEX);
  private static final Pattern REDIRECT = Pattern.compile("<redirect url=\"([^\"]*)\"");
  private static final Pattern OPTION = Pattern.compile("<option value=\"([^\"]+)\"");

  private FacesPage() {}

  public static Optional<String> viewState(String page) {
    return first(VIEW_STATE, page);
  }

  /** The view state of a partial response, when it carries one. */
  public static Optional<String> updatedViewState(String partialResponse) {
    return first(VIEW_STATE_UPDATE, partialResponse);
  }

  public static Optional<String> nonce(String page) {
    return first(NONCE, page);
  }

  /**
   * The non-empty option values of the {@code <select name="…">} of that name (a PrimeFaces
   * selectOneMenu renders a hidden {@code …_input} select).
   */
  public static List<String> optionValues(String page, String selectName) {
    int start = page.indexOf("<select id=\"" + selectName + "\"");
    if (start < 0) {
      start = page.indexOf("name=\"" + selectName + "\"");
    }
    List<String> values = new ArrayList<>();
    if (start < 0) {
      return values;
    }
    int end = page.indexOf("</select>", start);
    Matcher option = OPTION.matcher(page.substring(start, end < 0 ? page.length() : end));
    while (option.find()) {
      values.add(option.group(1));
    }
    return values;
  }

  /**
   * {@link #OK} for a full page a signed-in user asked for: it carries a view state and a nonce and
   * is neither the sign-in page nor an error page; else what is wrong.
   */
  public static String pageVerdict(String page) {
    if (page.contains("id=\"login-form\"")) {
      return "sign-in page instead of the page";
    }
    if (page.contains("class=\"error-text\"")) {
      return "error page";
    }
    if (viewState(page).isEmpty()) {
      return "no jakarta.faces.ViewState";
    }
    return nonce(page).isPresent() ? OK : "no PrimeFaces CSP nonce";
  }

  /**
   * {@link #OK} for the answer to a Faces ajax postback that worked: a {@code <partial-response>}
   * without an {@code <error>} and without a redirect to the sign-in page or an error page; else
   * what is wrong.
   */
  public static String partialVerdict(String body) {
    if (body == null || !body.contains("<partial-response")) {
      return "not a partial-response";
    }
    if (body.contains("<error>") || body.contains("<error-name>")) {
      return "partial-response with <error>";
    }
    Matcher redirect = REDIRECT.matcher(body);
    if (redirect.find()) {
      String url = redirect.group(1);
      if (url.contains("login.xhtml")) {
        return "redirect to the sign-in page";
      }
      if (url.contains("error") || url.contains("expired") || url.contains("access-denied")) {
        return "redirect to an error page";
      }
    }
    return OK;
  }

  private static Optional<String> first(Pattern pattern, String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }
}
