/** The identity part of the REST API: {@code /api/me}. */
package org.parley.identity.api;
