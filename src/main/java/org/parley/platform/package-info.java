/**
 * Glue that every feature shares: the REST application and its problem+json error mapping, the
 * Flyway migration at deployment, the health check and the clock.
 */
package org.parley.platform;
