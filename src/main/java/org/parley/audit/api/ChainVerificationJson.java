package org.parley.audit.api;

import org.parley.audit.domain.ChainBreak;
import org.parley.audit.domain.ChainVerdict;

/**
 * The verdict of {@code GET /api/audit/verification}.
 *
 * @param intact whether the whole chain verified
 * @param events how many events verified intact, in chain order (before the first break)
 * @param head the chain head the walk went up to, {@code POSITION:HASH}: record it, and pass it as
 *     {@code anchor} to a later verification; null when the head row is missing
 * @param firstBreak the first broken link, null when intact
 * @param summary the verdict in one line, as the operators' command prints it
 */
public record ChainVerificationJson(
    boolean intact, long events, String head, BreakJson firstBreak, String summary) {

  static ChainVerificationJson of(ChainVerdict verdict) {
    return new ChainVerificationJson(
        verdict.intact(),
        verdict.events(),
        verdict.head() == null ? null : verdict.head().format(),
        verdict.broken().map(BreakJson::of).orElse(null),
        verdict.summary());
  }

  /**
   * The first broken link.
   *
   * @param eventId the event found broken, null when there is none to name (a truncated chain)
   * @param position its chain position
   * @param problem HASH_MISMATCH, BROKEN_LINK, GAP, OUT_OF_ORDER, TRUNCATED, HEAD_MISMATCH,
   *     ANCHOR_MISMATCH, OUTSIDE_CHAIN or NO_HEAD
   * @param detail what is wrong, in words
   */
  public record BreakJson(Long eventId, long position, String problem, String detail) {

    static BreakJson of(ChainBreak broken) {
      return new BreakJson(
          broken.eventId(), broken.position(), broken.problem().name(), broken.detail());
    }
  }
}
