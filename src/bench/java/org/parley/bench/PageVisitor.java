package org.parley.bench;

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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A user with a browser-less page session: signs in through the sign-in form (a full Faces postback
 * with its ViewState) and opens pages, so that the server holds the session a real user's would be.
 * What {@code session_bytes_per_user} measures when no HTTP load ran.
 */
final class PageVisitor {

  /** The pages every user opens after signing in. */
  static final List<String> PAGES =
      List.of("/index.xhtml", "/inbox.xhtml", "/proposals/list.xhtml", "/tracks/list.xhtml");

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final URI baseUrl;
  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  PageVisitor(URI baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Signs in as {@code user} and opens {@link #PAGES}; how many of them answered 200. */
  int signInAndBrowse(String user, String password) {
    String login = send(HttpRequest.newBuilder(baseUrl.resolve("/login.xhtml")).GET()).body();
    Matcher viewState = VIEW_STATE.matcher(login);
    if (!viewState.find()) {
      throw new IllegalStateException("The sign-in page has no ViewState.");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("login-form", "login-form");
    fields.put("login-form:username", user);
    fields.put("login-form:password", password);
    fields.put("login-form:sign-in", "");
    fields.put("jakarta.faces.ViewState", viewState.group(1).replace("&#58;", ":"));
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpResponse<String> signedIn =
        send(
            HttpRequest.newBuilder(baseUrl.resolve("/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    if (signedIn.statusCode() != 302) {
      throw new IllegalStateException(user + " could not sign in: " + signedIn.statusCode());
    }
    int ok = 0;
    for (String page : PAGES) {
      if (send(HttpRequest.newBuilder(baseUrl.resolve(page)).GET()).statusCode() == 200) {
        ok++;
      }
    }
    return ok;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
