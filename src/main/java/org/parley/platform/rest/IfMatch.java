package org.parley.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.shared.InvalidInputException;

/**
 * Reads the version a client sends in {@code If-Match} before it changes a resource: the strong
 * entity tag it got as {@code ETag}, quoted as RFC 9110 writes it ({@code "7"}) or bare ({@code
 * 7}), which some clients send. A weak tag ({@code W/"7"}), a list, or {@code *} cannot name the
 * version edited and is refused. Shared by every resource that takes {@code PUT} with {@code
 * If-Match} (proposals, instruments of the leverage register).
 */
public final class IfMatch {

  private static final Pattern VERSION = Pattern.compile("\"(\\d{1,18})\"|(\\d{1,18})");

  private IfMatch() {}

  /** Whether the client sent no {@code If-Match} at all (answer {@link #required()}). */
  public static boolean isMissing(String header) {
    return header == null || header.isBlank();
  }

  /**
   * The version named by {@code header}; 400 naming {@code If-Match} when it is not one strong tag.
   */
  public static long version(String header) {
    Matcher matcher = VERSION.matcher(header.trim());
    if (!matcher.matches()) {
      throw new InvalidInputException(
          HttpHeaders.IF_MATCH,
          "If-Match must be the one ETag you read, such as \"3\"; weak tags, lists and * are"
              + " not accepted.");
    }
    return Long.parseLong(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
  }

  /**
   * The answer to a change sent without {@code If-Match}: 428 Precondition Required (RFC 6585),
   * naming the header.
   */
  public static Response required() {
    return new Problem(
            "about:blank",
            Response.Status.PRECONDITION_REQUIRED.getReasonPhrase(),
            Response.Status.PRECONDITION_REQUIRED.getStatusCode(),
            "Send If-Match with the ETag you read, so that nobody's edit is lost.",
            HttpHeaders.IF_MATCH)
        .toResponse();
  }
}
