package org.parley.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Declares Jakarta Security's database identity store over the {@code user_account} tables: a
 * password is checked against its PBKDF2 hash, and the account's roles become the caller's groups
 * (which are its security roles). A disabled account finds no password and cannot sign in.
 *
 * <p>The hash parameters apply to hashes this store generates; verification reads the algorithm,
 * iterations and salt from each stored hash. PBKDF2-HMAC-SHA512 with 210,000 iterations follows
 * OWASP's password storage guidance.
 */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = "java:jboss/datasources/ParleyDS",
    callerQuery = "select password_hash from user_account where username = ? and enabled = true",
    groupsQuery =
        "select r.role from user_account_role r join user_account u on u.id = r.user_account_id"
            + " where u.username = ?",
    hashAlgorithm = Pbkdf2PasswordHash.class,
    hashAlgorithmParameters = {
      "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512",
      "Pbkdf2PasswordHash.Iterations=210000",
      "Pbkdf2PasswordHash.SaltSizeBytes=32",
      "Pbkdf2PasswordHash.KeySizeBytes=32"
    })
class DatabaseIdentityStore {}
