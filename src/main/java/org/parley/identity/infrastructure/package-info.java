/**
 * How identities are checked and stored: Parley's database identity store (PBKDF2 hashes, the same
 * cost for unknown names), and the JPA repositories of user accounts and of sign-in failure counts.
 */
package org.parley.identity.infrastructure;
