/**
 * Glue that every feature shares: the REST application and its problem+json error mapping, the
 * Flyway migration at deployment, the health check and the clock; for hostile input, the page
 * validator of plain text ({@code parley.plainText}) and line-break converter, escaping of values
 * on their way into log lines ({@link org.parley.platform.LogSafe}) and the formula-safe CSV
 * writer.
 */
package org.parley.platform;
