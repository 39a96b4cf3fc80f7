package org.parley.access.application;

import java.util.Optional;

/**
 * Where the kernel looks up who a signed-in principal name is: implemented by the identity feature,
 * which keeps the accounts, so that the kernel depends on no feature (docs/adr/0021).
 */
public interface CallerDirectory {

  /** The caller behind a signed-in principal name, if such an account exists. */
  Optional<Caller> findCaller(String username);
}
