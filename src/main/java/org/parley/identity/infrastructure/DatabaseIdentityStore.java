package org.parley.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.identity.application.PasswordHashing;
import org.parley.identity.domain.UserAccount;

/**
 * Parley's identity store over the {@code user_account} tables: a password is checked against its
 * PBKDF2 hash (Jakarta Security's {@code Pbkdf2PasswordHash} format, whose parameters each stored
 * hash carries), and the account's roles become the caller's groups (which are its security roles).
 * A disabled account finds no password and cannot sign in.
 *
 * <p>Unlike Jakarta Security's built-in database store, which answers at once when no account has
 * the name, this one spends the same PBKDF2 cost on a decoy hash for unknown and disabled names, so
 * that the time of the answer does not tell whether an account exists (docs/adr/0010). Throttling
 * and the cache of verified credentials sit in front of it, in {@code SignInGuard}.
 */
@ApplicationScoped
class DatabaseIdentityStore implements IdentityStore {

  @PersistenceContext private EntityManager em;
  @Inject private PasswordHashing hashing;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential usernamePassword)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    char[] password = usernamePassword.getPassword().getValue();
    if (!UserAccount.couldBeUsername(usernamePassword.getCaller())) {
      hashing.spendDecoyCost(password);
      return CredentialValidationResult.INVALID_RESULT;
    }
    List<Object[]> rows =
        em.createQuery(
                "select u.passwordHash, u from UserAccount u"
                    + " where u.username = :username and u.enabled = true",
                Object[].class)
            .setParameter("username", usernamePassword.getCaller())
            .getResultList();
    if (rows.isEmpty()) {
      hashing.spendDecoyCost(password);
      return CredentialValidationResult.INVALID_RESULT;
    }
    String hash = (String) rows.get(0)[0];
    UserAccount account = (UserAccount) rows.get(0)[1];
    if (!hashing.verify(password, hash)) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    Set<String> groups = account.getRoles().stream().map(Enum::name).collect(Collectors.toSet());
    return new CredentialValidationResult(account.getUsername(), groups);
  }
}
