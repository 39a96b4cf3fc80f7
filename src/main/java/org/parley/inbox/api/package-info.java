/** The inbox part of the REST API: {@code GET /api/inbox}, what waits for the caller. */
package org.parley.inbox.api;
