/**
 * The HTTP hardening every answer of Parley gets, whichever part of the server writes it (a page, a
 * REST resource, a static resource, the authentication mechanism, a container error page): the
 * security headers, decided by {@link org.parley.platform.http.SecurityHeaders} and set by an
 * Undertow handler at the moment the response is committed (docs/adr/0007).
 */
package org.parley.platform.http;
