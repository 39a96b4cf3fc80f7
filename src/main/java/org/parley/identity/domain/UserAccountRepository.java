package org.parley.identity.domain;

import java.util.List;
import java.util.Optional;

/** The user accounts Parley knows. */
public interface UserAccountRepository {

  Optional<UserAccount> findByUsername(String username);

  /** One page of accounts ordered by username. */
  List<UserAccount> findPage(int first, int size);

  long count();
}
