/**
 * Glue that every feature shares: the REST application and its problem+json error mapping, the
 * Flyway migration at deployment, the health check, the clock, and incidents (an id for every
 * unexpected failure, on the server-error page, in a REST 500 and in the log). The security headers
 * of every answer live in {@code platform.http}.
 */
package org.parley.platform;
