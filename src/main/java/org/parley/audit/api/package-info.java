/**
 * The audit part of the REST API: {@code GET /api/audit/verification}, the auditors' check that the
 * hash-chained audit trail is intact.
 */
package org.parley.audit.api;
