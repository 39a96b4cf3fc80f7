package org.parley.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parley.support.Api;
import org.parley.support.DemoUsers;

/**
 * A browser-less page session for the ITs: its own cookies, redirects not followed, Faces forms
 * posted with the ViewState and PrimeFaces' CSP nonce read from the page they came from.
 */
final class PageSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'");

  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** A new session signed in as {@code username} through the sign-in page. */
  static PageSession signedInAs(String username) {
    PageSession session = new PageSession();
    HttpResponse<String> login = session.get("/login.xhtml");
    HttpResponse<String> signedIn =
        session.post(
            "/login.xhtml",
            login.body(),
            Map.of(
                "login-form",
                "login-form",
                "login-form:username",
                username,
                "login-form:password",
                DemoUsers.PASSWORD,
                "login-form:sign-in",
                ""));
    if (signedIn.statusCode() != 302) {
      throw new IllegalStateException(username + " could not sign in: " + signedIn.statusCode());
    }
    return session;
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(Api.BASE_URL + path)).GET());
  }

  /** A full (non-ajax) postback of a form of {@code page}, with its ViewState. */
  HttpResponse<String> post(String path, String page, Map<String, String> fields) {
    return send(form(path, postback(page, fields)));
  }

  /**
   * A Faces ajax postback of {@code page}, with its ViewState and CSP nonce, as PrimeFaces sends.
   */
  HttpResponse<String> ajax(String path, String page, Map<String, String> fields) {
    Map<String, String> all = postback(page, fields);
    all.put("jakarta.faces.partial.ajax", "true");
    return send(
        form(path, all)
            .header("Faces-Request", "partial/ajax")
            .header("X-Requested-With", "XMLHttpRequest"));
  }

  /** {@code fields} with the page's ViewState and, as PrimeFaces sends it, its CSP nonce. */
  private static Map<String, String> postback(String page, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("jakarta.faces.ViewState", viewState(page));
    Matcher nonce = NONCE.matcher(page);
    if (nonce.find()) {
      all.put("primefaces.nonce", nonce.group(1));
    }
    return all;
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String viewState(String page) {
    Matcher matcher = VIEW_STATE.matcher(page);
    if (!matcher.find()) {
      throw new IllegalStateException("No ViewState in the page");
    }
    return matcher.group(1).replace("&#58;", ":");
  }

  private static HttpRequest.Builder form(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(URI.create(Api.BASE_URL + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }
}
