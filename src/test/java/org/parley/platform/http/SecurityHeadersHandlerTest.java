package org.parley.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;
import org.junit.jupiter.api.Test;

/** The Undertow glue applies the decision to a real exchange's response headers. */
class SecurityHeadersHandlerTest {

  private static HttpServerExchange exchange(String scheme, String path, String query) {
    HttpServerExchange exchange = new HttpServerExchange(null);
    exchange.setRequestScheme(scheme);
    exchange.setRelativePath(path);
    exchange.setQueryString(query);
    return exchange;
  }

  private static String header(HttpServerExchange exchange, String name) {
    return exchange.getResponseHeaders().getFirst(name);
  }

  @Test
  void setsTheHeadersOnAPlainHttpAnswerWithoutStrictTransportSecurity() {
    HttpServerExchange exchange = exchange("http", "/api/proposals", "");

    SecurityHeadersHandler.apply(exchange);

    assertEquals("nosniff", header(exchange, "X-Content-Type-Options"));
    assertEquals("DENY", header(exchange, "X-Frame-Options"));
    assertEquals("same-origin", header(exchange, "Referrer-Policy"));
    assertEquals("no-store", header(exchange, "Cache-Control"));
    assertEquals(SecurityHeaders.FALLBACK_POLICY, header(exchange, "Content-Security-Policy"));
    assertNull(header(exchange, "Strict-Transport-Security"));
  }

  @Test
  void addsStrictTransportSecurityOverTls() {
    HttpServerExchange exchange = exchange("https", "/", "");

    SecurityHeadersHandler.apply(exchange);

    assertEquals(SecurityHeaders.HSTS, header(exchange, "Strict-Transport-Security"));
  }

  @Test
  void keepsThePagesPolicyWithItsNonceAndOverwritesAWeakerCacheControl() {
    HttpServerExchange exchange = exchange("http", "/index.xhtml", "");
    String pagePolicy = "default-src 'self'; script-src 'self' 'nonce-abc';";
    exchange.getResponseHeaders().put(new HttpString("Content-Security-Policy"), pagePolicy);
    exchange.getResponseHeaders().put(new HttpString("Cache-Control"), "max-age=600");

    SecurityHeadersHandler.apply(exchange);

    assertEquals(1, exchange.getResponseHeaders().count("Content-Security-Policy"));
    assertEquals(pagePolicy, header(exchange, "Content-Security-Policy"));
    assertEquals("no-store", header(exchange, "Cache-Control"));
  }

  @Test
  void takesOffHeadersThatNameTheServer() {
    HttpServerExchange exchange = exchange("http", "/", "");
    exchange.getResponseHeaders().put(new HttpString("Server"), "WildFly/39");
    exchange.getResponseHeaders().put(new HttpString("X-Powered-By"), "Undertow/1");

    SecurityHeadersHandler.apply(exchange);

    assertFalse(exchange.getResponseHeaders().contains("Server"));
    assertFalse(exchange.getResponseHeaders().contains("X-Powered-By"));
  }

  @Test
  void leavesTheCachingOfStaticResourcesAlone() {
    HttpServerExchange exchange =
        exchange("http", "/jakarta.faces.resource/core.js.xhtml", "ln=primefaces");
    exchange.getResponseHeaders().put(new HttpString("Cache-Control"), "max-age=604800");

    SecurityHeadersHandler.apply(exchange);

    assertEquals("max-age=604800", header(exchange, "Cache-Control"));
  }
}
