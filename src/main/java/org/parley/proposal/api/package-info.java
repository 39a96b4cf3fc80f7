/**
 * The proposal part of the REST API: {@code /api/tracks} and {@code /api/proposals} (drafting,
 * submitting, withdrawing, the list, its CSV export and the history). Resources read bodies
 * strictly through {@code platform.JsonInput}, translate to and from JSON records and call the
 * proposal and clearance application services, which hold every rule; an edit needs {@code
 * If-Match} with the version the client read ({@code ETag}).
 */
package org.parley.proposal.api;
