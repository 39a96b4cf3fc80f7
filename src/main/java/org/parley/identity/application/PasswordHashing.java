package org.parley.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Map;

/**
 * Parley's password hashes: PBKDF2-HMAC-SHA512, 210,000 iterations, 32-byte salt and key (OWASP's
 * password storage guidance), in Jakarta Security's {@code Pbkdf2PasswordHash} format. Verification
 * reads the parameters stored in each hash.
 *
 * <p>It also keeps a decoy hash with the same parameters, drawn from a random password at start-up:
 * checking a password against it costs what checking a real one does, and never succeeds. Unknown
 * names and refused attempts pay that cost, so the time of an answer tells nothing (docs/adr/0010).
 */
@ApplicationScoped
public class PasswordHashing {

  /** The parameters of the hashes Parley generates. */
  static final Map<String, String> PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
          "Pbkdf2PasswordHash.Iterations", "210000",
          "Pbkdf2PasswordHash.SaltSizeBytes", "32",
          "Pbkdf2PasswordHash.KeySizeBytes", "32");

  @Inject private Pbkdf2PasswordHash pbkdf2;

  private String decoy;

  @PostConstruct
  void prepareDecoy() {
    pbkdf2.initialize(PARAMETERS);
    SecureRandom random = new SecureRandom();
    char[] password = new char[32];
    for (int i = 0; i < password.length; i++) {
      password[i] = (char) ('!' + random.nextInt(94));
    }
    decoy = pbkdf2.generate(password);
  }

  /** Whether {@code password} matches the stored {@code hash}. */
  public boolean verify(char[] password, String hash) {
    return pbkdf2.verify(password, hash);
  }

  /** Spends the cost of one verification on the decoy hash; the answer is always "no". */
  public void spendDecoyCost(char[] password) {
    pbkdf2.verify(password, decoy);
  }
}
