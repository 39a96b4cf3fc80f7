package org.parley.platform.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which security headers an answer gets, decided from the request alone (docs/adr/0007). Pure: the
 * Undertow glue ({@link SecurityHeadersHandler}) applies the decision when the response is
 * committed.
 *
 * <ul>
 *   <li>Every answer: {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY},
 *       {@code Referrer-Policy: same-origin}.
 *   <li>A Content-Security-Policy on every answer. Pages carry PrimeFaces' policy with the nonce of
 *       their request (web.xml, {@code primefaces.CSP_POLICY}); that one is left as it is. Any
 *       other answer (REST, static resources, redirects, the container's own error bodies) gets
 *       {@link #FALLBACK_POLICY}, which allows nothing at all.
 *   <li>{@code Cache-Control: no-store} on everything but static resources: pages and API answers
 *       carry classified content, which must not stay in a browser's or a proxy's cache. Static
 *       resources ({@code /jakarta.faces.resource/}) keep the caching Faces gives them, except
 *       PrimeFaces' dynamic content (a {@code pfdrt} parameter), which is generated per user.
 *   <li>{@code Strict-Transport-Security} only when the request came over TLS (directly, or marked
 *       secure by a trusted proxy): over plain http the header is meaningless and browsers ignore
 *       it.
 * </ul>
 *
 * Headers that name the server or a framework ({@link #REMOVED}) are taken off every answer.
 */
public final class SecurityHeaders {

  public static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
  public static final String CONTENT_TYPE_OPTIONS = "X-Content-Type-Options";
  public static final String FRAME_OPTIONS = "X-Frame-Options";
  public static final String REFERRER_POLICY = "Referrer-Policy";
  public static final String CACHE_CONTROL = "Cache-Control";
  public static final String STRICT_TRANSPORT_SECURITY = "Strict-Transport-Security";

  /**
   * The policy of every answer that is not a page: no sources of any kind, no framing, no base URL,
   * no form targets.
   */
  public static final String FALLBACK_POLICY =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  /** One year, subdomains included: the usual value, and the minimum that preload lists accept. */
  public static final String HSTS = "max-age=31536000; includeSubDomains";

  /** Headers that would name the server or a framework, removed from every answer. */
  public static final List<String> REMOVED = List.of("Server", "X-Powered-By");

  private static final String RESOURCE_PREFIX = "/jakarta.faces.resource/";
  private static final Pattern DYNAMIC_CONTENT = Pattern.compile("(^|&)pfdrt=");

  private SecurityHeaders() {}

  /**
   * The headers to set on an answer, overwriting any value already there.
   *
   * @param path the request path inside Parley, e.g. {@code /proposals/view.xhtml}
   * @param query the raw query string, or null
   * @param secure whether the request came over TLS
   * @param hasPolicy whether the answer already carries a Content-Security-Policy (a page's, with
   *     its nonce)
   */
  public static Map<String, String> decide(
      String path, String query, boolean secure, boolean hasPolicy) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(CONTENT_TYPE_OPTIONS, "nosniff");
    headers.put(FRAME_OPTIONS, "DENY");
    headers.put(REFERRER_POLICY, "same-origin");
    if (!hasPolicy) {
      headers.put(CONTENT_SECURITY_POLICY, FALLBACK_POLICY);
    }
    if (!isStaticResource(path, query)) {
      headers.put(CACHE_CONTROL, "no-store");
    }
    if (secure) {
      headers.put(STRICT_TRANSPORT_SECURITY, HSTS);
    }
    return headers;
  }

  /** A resource every user gets alike (script, style sheet, font, image): it may be cached. */
  static boolean isStaticResource(String path, String query) {
    return path != null
        && path.startsWith(RESOURCE_PREFIX)
        && (query == null || !DYNAMIC_CONTENT.matcher(query).find());
  }
}
