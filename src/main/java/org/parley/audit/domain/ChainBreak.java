package org.parley.audit.domain;

/**
 * The first point where the audit chain is broken.
 *
 * @param eventId the event found broken; null when no event is there to name (a truncated chain, a
 *     missing head)
 * @param position the chain position concerned
 * @param problem what is wrong
 * @param detail what is wrong, in words, with the values that disagree
 */
public record ChainBreak(Long eventId, long position, ChainProblem problem, String detail) {}
