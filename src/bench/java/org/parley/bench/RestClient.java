package org.parley.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The REST API as one demo user (HTTP Basic), with the time each answer took. */
final class RestClient {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final URI baseUrl;
  private final String authorization;

  RestClient(URI baseUrl, String user, String password) {
    this.baseUrl = baseUrl;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** An answer and how long it took, in milliseconds. */
  record Timed(int status, String body, double millis) {
    JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }
  }

  Timed get(String path) {
    return send(HttpRequest.newBuilder(baseUrl.resolve(path)).GET(), Duration.ofMinutes(2));
  }

  /** A POST with no body, for the benchmark's long runs (up to an hour). */
  Timed post(String path) {
    return send(
        HttpRequest.newBuilder(baseUrl.resolve(path)).POST(HttpRequest.BodyPublishers.noBody()),
        Duration.ofHours(1));
  }

  /** As {@link #get}, refusing any answer but 200. */
  JsonObject getOk(String path) {
    return ok(path, get(path));
  }

  /** As {@link #post}, refusing any answer but 200. */
  JsonObject postOk(String path) {
    return ok(path, post(path));
  }

  private static JsonObject ok(String path, Timed answer) {
    if (answer.status() != 200) {
      throw new IllegalStateException(path + " answered " + answer.status() + ": " + answer.body());
    }
    return answer.json();
  }

  private Timed send(HttpRequest.Builder request, Duration timeout) {
    long start = System.nanoTime();
    try {
      HttpResponse<String> answer =
          CLIENT.send(
              request
                  .header("Authorization", authorization)
                  .header("Accept", "application/json")
                  .timeout(timeout)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return new Timed(answer.statusCode(), answer.body(), (System.nanoTime() - start) / 1e6);
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }
}
