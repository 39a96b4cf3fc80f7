package org.parley.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityHeadersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/proposals/view.xhtml",
        "/api/proposals",
        "/jakarta.faces.resource/core.js.xhtml",
        "/WEB-INF/web.xml"
      })
  void everyAnswerGetsNosniffNoFramingAndSameOriginReferrer(String path) {
    Map<String, String> headers = SecurityHeaders.decide(path, null, false, false);

    assertEquals("nosniff", headers.get("X-Content-Type-Options"));
    assertEquals("DENY", headers.get("X-Frame-Options"));
    assertEquals("same-origin", headers.get("Referrer-Policy"));
  }

  @Test
  void strictTransportSecurityOnlyWhenTheRequestCameOverTls() {
    assertFalse(
        SecurityHeaders.decide("/", null, false, false).containsKey("Strict-Transport-Security"));
    assertEquals(
        "max-age=31536000; includeSubDomains",
        SecurityHeaders.decide("/", null, true, false).get("Strict-Transport-Security"));
    assertEquals(
        "max-age=31536000; includeSubDomains",
        SecurityHeaders.decide("/jakarta.faces.resource/x.css.xhtml", "ln=parley", true, true)
            .get("Strict-Transport-Security"));
  }

  @Test
  void aPagesOwnPolicyIsKeptAndEveryOtherAnswerGetsOneThatAllowsNothing() {
    assertFalse(
        SecurityHeaders.decide("/index.xhtml", null, false, true)
            .containsKey("Content-Security-Policy"));

    String fallback =
        SecurityHeaders.decide("/api/health", null, false, false).get("Content-Security-Policy");
    assertEquals(SecurityHeaders.FALLBACK_POLICY, fallback);
    assertTrue(fallback.contains("default-src 'none'"), fallback);
    assertTrue(fallback.contains("frame-ancestors 'none'"), fallback);
  }

  @Test
  void pagesAndApiAnswersAreNeverStoredButStaticResourcesMayBeCached() {
    assertEquals("no-store", SecurityHeaders.decide("/", null, false, true).get("Cache-Control"));
    assertEquals(
        "no-store",
        SecurityHeaders.decide("/api/proposals/7", null, false, false).get("Cache-Control"));
    assertFalse(
        SecurityHeaders.decide(
                "/jakarta.faces.resource/core.js.xhtml", "ln=primefaces&v=1", false, false)
            .containsKey("Cache-Control"));
  }

  @Test
  void primeFacesDynamicContentIsGeneratedPerUserAndNeverStored() {
    assertEquals(
        "no-store",
        SecurityHeaders.decide(
                "/jakarta.faces.resource/dynamiccontent.properties.xhtml",
                "ln=primefaces&pfdrt=sc&pfdrid=abc",
                false,
                false)
            .get("Cache-Control"));
    assertTrue(SecurityHeaders.isStaticResource("/jakarta.faces.resource/a.css.xhtml", null));
    assertFalse(SecurityHeaders.isStaticResource("/jakarta.faces.resource/a", "pfdrt=sc"));
    assertFalse(SecurityHeaders.isStaticResource("/resources/parley/parley.css", null));
    assertFalse(SecurityHeaders.isStaticResource(null, null));
  }
}
