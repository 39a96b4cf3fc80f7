/**
 * Glue that every feature shares: the REST application and its problem+json error mapping, the
 * Flyway migration at deployment, the health check, the clock, and incidents (an id for every
 * unexpected failure, on the server-error page, in a REST 500 and in the log); for hostile input,
 * the page validator of plain text ({@code parley.plainText}) and line-break converter, escaping of
 * values on their way into log lines ({@link org.parley.platform.LogSafe}) and the formula-safe CSV
 * writer. The security headers of every answer live in {@code platform.http}.
 */
package org.parley.platform;
