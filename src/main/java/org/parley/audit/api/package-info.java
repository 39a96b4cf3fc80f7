/**
 * The audit trail over REST, for auditors: {@code GET /api/audit/events}, the whole trail with
 * views and refusals, and {@code GET /api/audit/verification}, the check that the hash-chained
 * trail is intact.
 */
package org.parley.audit.api;
