package org.parley.access.application;

/**
 * The policy refused a caller: fired by {@link AccessPolicy} just before it throws, and put on the
 * audit trail by the audit feature, which observes it (the kernel knows no feature, docs/adr/0021).
 * Observers must keep it on record even when the refused request's transaction rolls back.
 *
 * @param actor who was refused
 * @param permission the permission of the policy table that was refused
 * @param proposalId the proposal asked for, {@code null} when the request named none
 * @param detail how it was refused, e.g. {@code NOT_FOUND PROPOSAL 7.}
 */
public record AccessRefused(String actor, String permission, Long proposalId, String detail) {}
