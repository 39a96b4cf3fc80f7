package org.parley.support;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One answer of a {@link PageSession}: status, headers and HTML, and the Faces forms in it. */
public record Page(int status, String body, HttpHeaders headers, URI uri) {

  public static final String VIEW_STATE = "jakarta.faces.ViewState";

  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.DOTALL);

  /** The request's CSP nonce, which PrimeFaces writes on its scripts and sends with ajax. */
  private static final Pattern NONCE = Pattern.compile("<script[^>]*\\snonce=\"([^\"]+)\"");

  /** The ajax parameter PrimeFaces sends the page's nonce in (CSP mode). */
  public static final String NONCE_PARAMETER = "primefaces.nonce";

  private static final Pattern MESSAGE =
      Pattern.compile("class=\"ui-messages-(?:error|info|warn)-summary\">([^<]*)<", Pattern.DOTALL);

  /** The {@code Location} of a redirect. */
  public Optional<String> location() {
    return headers.firstValue("Location");
  }

  /** Every {@code Set-Cookie} header. */
  public List<String> setCookies() {
    return headers.allValues("Set-Cookie");
  }

  /** Whether this is the sign-in page (the place an anonymous request for a page is sent). */
  public boolean isSignInPage() {
    return status == 200 && body.contains("id=\"login-form\"");
  }

  /** Whether this redirects to the sign-in page. */
  public boolean redirectsToSignIn() {
    return (status == 302 || status == 303)
        && location().map(l -> l.contains("/login.xhtml")).orElse(false);
  }

  /**
   * The distinct summaries of the page's Faces messages, in order (a global message shows both in
   * the layout and in a form's own messages).
   */
  public List<String> messages() {
    Matcher matcher = MESSAGE.matcher(body);
    List<String> found = new ArrayList<>();
    while (matcher.find()) {
      found.add(unescape(matcher.group(1)).strip());
    }
    return found.stream().distinct().toList();
  }

  /** The page's {@code <h1>} text, e.g. "Access denied". */
  public String title() {
    Matcher matcher = Pattern.compile("<h1 id=\"page-title\">([^<]*)</h1>").matcher(body);
    return matcher.find() ? unescape(matcher.group(1)).strip() : "";
  }

  /** The form with this id, its inputs (hidden ones included) and its view state. */
  public Form form(String id) {
    Matcher matcher =
        Pattern.compile(
                "<form id=\"" + Pattern.quote(id) + "\"[^>]*action=\"([^\"]*)\"[^>]*>(.*?)</form>",
                Pattern.DOTALL)
            .matcher(body);
    if (!matcher.find()) {
      throw new AssertionError("no form " + id + " on " + uri + " (" + status + "): " + body);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher inputs = INPUT.matcher(matcher.group(2));
    while (inputs.find()) {
      String input = inputs.group();
      attribute(input, "name")
          .filter(name -> !attribute(input, "type").orElse("text").equals("checkbox"))
          .ifPresent(name -> fields.put(name, attribute(input, "value").orElse("")));
    }
    Matcher nonce = NONCE.matcher(body);
    if (nonce.find()) {
      fields.put(NONCE_PARAMETER, nonce.group(1));
    }
    return new Form(unescape(matcher.group(1)), fields, false);
  }

  private static Optional<String> attribute(String tag, String name) {
    Matcher matcher = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
    return matcher.find() ? Optional.of(unescape(matcher.group(1))) : Optional.empty();
  }

  static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  /** A Faces form as a button would send it; every change gives a new form. */
  public record Form(String action, Map<String, String> fields, boolean ajax) {

    public Form {
      fields = new LinkedHashMap<>(fields);
    }

    @Override
    public Map<String, String> fields() {
      return new LinkedHashMap<>(fields);
    }

    public Optional<String> viewState() {
      return Optional.ofNullable(fields.get(VIEW_STATE));
    }

    public Form set(String name, String value) {
      Map<String, String> changed = fields();
      changed.put(name, value);
      return new Form(action, changed, ajax);
    }

    public Form without(String name) {
      Map<String, String> changed = fields();
      changed.remove(name);
      return new Form(action, changed, ajax);
    }

    /** A full (non-ajax) submission by the button with this client id. */
    public Form press(String buttonId) {
      return set(buttonId, buttonId);
    }

    /** An ajax submission by the button with this client id, as PrimeFaces sends it. */
    public Form pressAjax(String buttonId, String execute, String render) {
      return new Form(
          action,
          set(buttonId, buttonId)
              .set("jakarta.faces.partial.ajax", "true")
              .set("jakarta.faces.source", buttonId)
              .set("jakarta.faces.partial.execute", execute)
              .set("jakarta.faces.partial.render", render)
              .fields(),
          true);
    }
  }
}
