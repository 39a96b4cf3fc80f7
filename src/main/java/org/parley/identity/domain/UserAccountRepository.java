package org.parley.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.shared.Agency;
import org.parley.shared.Classification;

/** The user accounts Parley knows. */
public interface UserAccountRepository {

  Optional<UserAccount> findByUsername(String username);

  /**
   * Records a successful sign-in at {@code when}: the last one becomes the previous one. One
   * statement, so that two sign-ins of the same account at the same moment (two tabs) are both
   * recorded, one after the other, instead of one failing on the account's version.
   */
  void recordSignIn(String username, Instant when);

  /** One page of accounts ordered by username. */
  List<UserAccount> findPage(int first, int size);

  long count();

  /**
   * The agencies with at least one enabled reviewer or lead cleared for {@code classification}:
   * those that can answer a clearance slot at that marking.
   */
  Set<Agency> agenciesWithReviewersClearedFor(Set<Classification> atOrAbove);
}
