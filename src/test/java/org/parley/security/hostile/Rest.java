package org.parley.security.hostile;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.support.Api;
import org.parley.support.DemoUsers;

/**
 * The REST API as the battery calls it: every answer is inspected for a 5xx, a stack trace, an
 * evaluated expression and an injected header before the battery looks at what it says.
 */
final class Rest {

  private final Findings findings;

  Rest(Findings findings) {
    this.findings = findings;
  }

  /** A request that carries a payload: counted as a submission. */
  HttpResponse<String> submit(
      String user, String method, String path, JsonValue body, String ifMatch) {
    findings.submissions++;
    return call(user, method, path, body, ifMatch, "application/json");
  }

  /** A request of the battery's own set-up or checks. */
  HttpResponse<String> call(
      String user, String method, String path, JsonValue body, String ifMatch, String accept) {
    HttpRequest.Builder request =
        Api.request(path, user, DemoUsers.PASSWORD).header("Accept", accept);
    if (body != null) {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    HttpResponse<String> response = Api.send(request);
    inspect(method + " " + abbreviated(path), response);
    return response;
  }

  JsonObject ok(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new AssertionError(
          "Expected "
              + status
              + " from "
              + response.request().method()
              + " "
              + response.request().uri().getPath()
              + ", got "
              + response.statusCode()
              + ": "
              + abbreviated(response.body()));
    }
    return Api.object(response);
  }

  private void inspect(String what, HttpResponse<String> response) {
    if (response.statusCode() >= 500) {
      findings.http5xx++;
      findings.problem(what + " answered " + response.statusCode() + ": " + response.body());
    }
    List<String> traces = Scan.stackTraces(response.body());
    if (!traces.isEmpty()) {
      findings.stackTraces++;
      findings.problem(what + " answered with a stack trace or exception name: " + traces);
    }
    List<String> markers = Scan.elMarkers(response.body());
    if (!markers.isEmpty()) {
      findings.elEvaluations++;
      findings.problem(what + " answered with evaluated EL: " + markers);
    }
    for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
      String name = header.getKey().toLowerCase(Locale.ROOT);
      boolean injected =
          name.contains("parley-injected")
              || header.getValue().stream()
                  .anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("parley-injected"));
      if (injected) {
        findings.headerInjections++;
        findings.problem(what + " answered with an injected header: " + header);
      }
    }
  }

  /** {@code text} as one URL path segment or query value, every reserved character escaped. */
  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String abbreviated(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…(" + text.length() + ")";
  }
}
