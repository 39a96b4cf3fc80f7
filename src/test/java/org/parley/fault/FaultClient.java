package org.parley.fault;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.parley.support.Api;
import org.parley.support.DemoUsers;

/**
 * Parley's REST API at a base URL that may vanish: an answer, or {@link Unreachable} when the
 * connection failed or broke before an answer came (the request may or may not have been applied).
 */
final class FaultClient {

  /** No answer: the server was down, or went down while the request was in flight. */
  static final class Unreachable extends RuntimeException {
    Unreachable(Throwable cause) {
      super(cause.toString(), cause, false, false);
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(2))
          .version(HttpClient.Version.HTTP_1_1)
          .build();
  private final String baseUrl;

  FaultClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  HttpResponse<String> get(String user, String path) {
    return send(request(user, path).GET());
  }

  HttpResponse<String> post(String user, String path, JsonObject body) {
    return send(
        request(user, path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  static JsonObject object(HttpResponse<String> response) {
    return Api.object(response);
  }

  private HttpRequest.Builder request(String user, String path) {
    String credentials =
        Base64.getEncoder()
            .encodeToString((user + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + credentials);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new Unreachable(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unreachable(e);
    }
  }
}
