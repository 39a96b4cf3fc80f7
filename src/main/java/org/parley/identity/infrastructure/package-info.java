/**
 * How identities are checked: the database identity store (PBKDF2 hashes), the one authentication
 * mechanism that serves both pages (form sign-in kept in the session) and {@code /api/*} (HTTP
 * Basic on every request), and the JPA repository of user accounts.
 */
package org.parley.identity.infrastructure;
