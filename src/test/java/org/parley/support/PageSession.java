package org.parley.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * One browser-like session with Parley's pages over plain HTTP, for ITs that must see and forge
 * exactly what is sent: {@code java.net.http.HttpClient} with its own cookie manager, redirects not
 * followed (each answer is inspected), Faces forms read from the HTML ({@link Page#form}).
 */
public final class PageSession {

  public static final String SESSION_COOKIE = "JSESSIONID";

  private final String baseUrl;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient client;

  /** A session with the server at {@code parley.base.url}. */
  public PageSession() {
    this(Api.BASE_URL, null);
  }

  /** A session with the server at {@code baseUrl}, over TLS with {@code tls} when not null. */
  public PageSession(String baseUrl, SSLContext tls) {
    this.baseUrl = baseUrl;
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER);
    if (tls != null) {
      builder.sslContext(tls);
    }
    this.client = builder.build();
  }

  /** A new session that sends {@code sessionId} as its session cookie (a stolen or old cookie). */
  public static PageSession withSessionId(String sessionId) {
    PageSession session = new PageSession();
    try {
      // As if the server had set it, so that the server's next cookie replaces it.
      session.cookies.put(
          URI.create(session.baseUrl + "/"),
          Map.of("Set-Cookie", List.of(SESSION_COOKIE + "=" + sessionId + "; Path=/")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return session;
  }

  public Page get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  /** POSTs {@code fields} form-encoded to {@code path}, with extra request {@code headers}. */
  public Page post(String path, Map<String, String> fields, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(fields)));
    headers.forEach(request::header);
    return send(request);
  }

  /** Sends a form as its button would, with Faces' ajax headers when it is an ajax form. */
  public Page submit(Page.Form form) {
    return post(
        form.action(),
        form.fields(),
        form.ajax() ? Map.of("Faces-Request", "partial/ajax") : Map.of());
  }

  /**
   * GETs the form's action with its fields in the query string: how a forged link would send it.
   */
  public Page submitAsGet(Page.Form form) {
    String separator = form.action().contains("?") ? "&" : "?";
    return get(form.action() + separator + encode(form.fields()));
  }

  /** Signs in through the sign-in page; the answer to the form (302 on success). */
  public Page signIn(String username, String password) {
    Page.Form login =
        get("/login.xhtml")
            .form("login-form")
            .set("login-form:username", username)
            .set("login-form:password", password)
            .press("login-form:sign-in");
    return submit(login);
  }

  /** Signs in with the demo password and asserts that it worked. */
  public PageSession signInAs(String username) {
    Page answer = signIn(username, DemoUsers.PASSWORD);
    if (answer.status() != 302) {
      throw new AssertionError(
          "sign-in of " + username + " answered " + answer.status() + ": " + answer.body());
    }
    return this;
  }

  /** Presses the layout's sign-out button on {@code page}; the answer (a redirect). */
  public Page signOut(Page page) {
    return submit(page.form("user-form").press("user-form:sign-out"));
  }

  /** The session cookie this client holds now. */
  public Optional<String> sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals(SESSION_COOKIE))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  public String baseUrl() {
    return baseUrl;
  }

  private URI uri(String path) {
    return URI.create(path.startsWith("http") ? path : baseUrl + path);
  }

  private Page send(HttpRequest.Builder request) {
    HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
    try {
      HttpResponse<String> response =
          client.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Page(response.statusCode(), response.body(), response.headers(), built.uri());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            field ->
                URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
