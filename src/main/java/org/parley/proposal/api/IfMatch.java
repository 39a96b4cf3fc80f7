package org.parley.proposal.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.shared.InvalidInputException;

/**
 * Reads the proposal version a client sends in {@code If-Match}: the strong entity tag it got as
 * {@code ETag}, quoted as RFC 9110 writes it ({@code "7"}) or bare ({@code 7}), which some clients
 * send. A weak tag ({@code W/"7"}), a list, or {@code *} cannot name the version edited and is
 * refused.
 */
final class IfMatch {

  private static final Pattern VERSION = Pattern.compile("\"(\\d{1,18})\"|(\\d{1,18})");

  private IfMatch() {}

  static long version(String header) {
    Matcher matcher = VERSION.matcher(header.trim());
    if (!matcher.matches()) {
      throw new InvalidInputException(
          HttpHeaders.IF_MATCH,
          "If-Match must be the one ETag you read, such as \"3\"; weak tags, lists and * are"
              + " not accepted.");
    }
    return Long.parseLong(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
  }
}
