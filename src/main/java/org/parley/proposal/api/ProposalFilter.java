package org.parley.proposal.api;

import java.util.Set;
import org.parley.platform.rest.JsonInput;
import org.parley.proposal.application.ProposalQueries;
import org.parley.proposal.application.ProposalSearch;
import org.parley.shared.Agency;
import org.parley.shared.InvalidInputException;
import org.parley.shared.PlainText;
import org.parley.shared.ProposalStatus;

/**
 * The filter and order parameters of the proposal list, {@code status, trackId, agency, q, sort},
 * read as {@code GET /api/proposals} and its CSV export both take them. An unknown value answers
 * 400 naming the parameter.
 */
final class ProposalFilter {

  /** The longest search text {@code q}. */
  static final int MAX_QUERY = 200;

  private ProposalFilter() {}

  static ProposalSearch search(
      ProposalQueries proposals,
      String status,
      String trackId,
      String agency,
      String q,
      String sort) {
    ProposalStatus wantedStatus =
        blank(status) ? null : JsonInput.constant("status", status.trim(), ProposalStatus.class);
    Long wantedTrack = blank(trackId) ? null : wholeNumber("trackId", trackId);
    Agency routedTo =
        blank(agency) ? null : JsonInput.constant("agency", agency.trim(), Agency.class);
    // Refused like any text Parley takes: too long, a line break, a control or invisible character
    // (PostgreSQL cannot even compare a text holding NUL).
    PlainText.oneLine("q", q, MAX_QUERY);
    SortOrder order = SortOrder.parse(sort);
    Set<Long> ids = routedTo == null ? null : proposals.routedTo(routedTo);
    return new ProposalSearch(
        wantedStatus, wantedTrack, blank(q) ? null : q, ids, order.sort(), order.descending());
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static long wholeNumber(String field, String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, field + " must be a whole number.");
    }
  }
}
