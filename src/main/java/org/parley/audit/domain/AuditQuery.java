package org.parley.audit.domain;

/**
 * What an auditor asks of the whole trail. Every criterion is optional ({@code null}).
 *
 * @param actor who acted, exactly
 * @param action what they did
 * @param proposalId the proposal concerned
 */
public record AuditQuery(String actor, AuditAction action, Long proposalId) {}
