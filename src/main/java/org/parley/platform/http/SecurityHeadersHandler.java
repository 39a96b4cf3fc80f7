package org.parley.platform.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.HttpString;

/**
 * Sets the {@link SecurityHeaders} on every answer at the moment it is committed, not when the
 * request arrives: Undertow clears the response headers before it dispatches an exception to an
 * error page, and Faces resets the response before it renders an ajax error page, so headers set
 * earlier would be lost on exactly those answers (docs/adr/0007).
 */
final class SecurityHeadersHandler implements HttpHandler {

  private static final HttpString POLICY = new HttpString(SecurityHeaders.CONTENT_SECURITY_POLICY);

  private final HttpHandler next;

  SecurityHeadersHandler(HttpHandler next) {
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    exchange.addResponseCommitListener(SecurityHeadersHandler::apply);
    next.handleRequest(exchange);
  }

  /** Applies the decision to the exchange's response headers. */
  static void apply(HttpServerExchange exchange) {
    HeaderMap headers = exchange.getResponseHeaders();
    SecurityHeaders.decide(
            exchange.getRelativePath(),
            exchange.getQueryString(),
            exchange.isSecure(),
            headers.contains(POLICY))
        .forEach((name, value) -> headers.put(new HttpString(name), value));
    SecurityHeaders.REMOVED.forEach(headers::remove);
  }
}
