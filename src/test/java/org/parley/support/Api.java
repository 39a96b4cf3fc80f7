package org.parley.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
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

/** A small client of Parley's REST API running at {@code parley.base.url}, for the ITs. */
public final class Api {

  public static final String BASE_URL =
      System.getProperty("parley.base.url", "http://localhost:8080");

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private Api() {}

  public static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(BASE_URL + path))
        .timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json");
  }

  /** {@code request(path)} with HTTP Basic credentials. */
  public static HttpRequest.Builder request(String path, String username, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return request(path).header("Authorization", "Basic " + token);
  }

  public static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static JsonObject object(HttpResponse<String> response) {
    return (JsonObject) json(response.body());
  }

  public static JsonStructure json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.read();
    }
  }
}
