package org.parley.platform.idempotency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/**
 * The {@code Idempotency-Key} request header for REST resources: a workflow resource hands its
 * command to {@link #respond}, which runs it at most once per user and key ({@link
 * IdempotentCommands}). A retry answers exactly as the first request did (status, body, {@code
 * Location}, {@code ETag}) plus {@code Idempotency-Replayed: true}. The request's fingerprint is
 * its method, path, query, {@code If-Match} and canonical JSON body.
 */
@RequestScoped
public class IdempotentRest {

  /** The response header that marks a stored answer sent again. */
  public static final String REPLAYED = "Idempotency-Replayed";

  @Inject private HttpServletRequest request;
  @Inject private IdempotentCommands commands;

  /**
   * The answer of {@code command}, run once per {@code Idempotency-Key} when the request carries
   * one, and simply run when it carries none. A malformed key answers 400 naming the header.
   *
   * @param body the request's JSON body, part of what makes the request the same one; null for none
   */
  public Response respond(JsonValue body, Supplier<Response> command) {
    String header = request.getHeader(IdempotencyKey.HEADER);
    if (header == null) {
      return command.get();
    }
    IdempotentRequest idempotent = describe(new IdempotencyKey(header), body);
    Outcome<StoredResponse> outcome =
        commands.run(idempotent, StoredResponse.class, () -> StoredResponse.of(command.get()));
    Response.ResponseBuilder answer = outcome.result().toResponse();
    if (outcome.replayed()) {
      answer.header(REPLAYED, "true");
    }
    return answer.build();
  }

  private IdempotentRequest describe(IdempotencyKey key, JsonValue body) {
    String method = request.getMethod();
    String path = request.getRequestURI();
    return new IdempotentRequest(
        key,
        RequestFingerprint.of(
            method, path, request.getQueryString(), request.getHeader(HttpHeaders.IF_MATCH), body),
        method + " " + path);
  }
}
