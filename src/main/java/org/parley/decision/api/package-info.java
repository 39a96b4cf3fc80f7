/**
 * The decision part of the REST API: {@code POST /api/proposals/{id}/decision}, a thin translation
 * onto the decision application service.
 */
package org.parley.decision.api;
