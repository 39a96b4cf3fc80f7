/**
 * The decision part of the REST API: {@code POST /api/proposals/{id}/decision} and the decision
 * memo {@code GET /api/proposals/{id}/memo.pdf}, thin translations onto the decision application
 * services.
 */
package org.parley.decision.api;
