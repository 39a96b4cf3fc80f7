package org.parley.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.access.application.Caller;
import org.parley.access.application.CallerDirectory;
import org.parley.access.application.RequiresPermission;
import org.parley.access.domain.Permission;
import org.parley.identity.domain.UserAccount;
import org.parley.identity.domain.UserAccountRepository;
import org.parley.shared.Agency;
import org.parley.shared.Classification;

/** Use cases on user accounts. */
@ApplicationScoped
@Transactional
public class UserAccountService implements CallerDirectory {

  @Inject private UserAccountRepository accounts;
  @Inject private Clock clock;

  /** The caller behind a signed-in principal name, if such an account exists. */
  @Override
  public Optional<Caller> findCaller(String username) {
    return accounts.findByUsername(username).map(UserAccountService::caller);
  }

  /**
   * Records that {@code username} has just signed in. Called once per successful page sign-in; API
   * calls authenticate on every request and are not recorded here.
   */
  public void recordSignIn(String username) {
    accounts.recordSignIn(username, clock.instant());
  }

  /** One page of the user directory, ordered by username. Administrators only. */
  @RequiresPermission(Permission.LIST_USERS)
  public List<Caller> listAccounts(int first, int size) {
    return accounts.findPage(first, size).stream().map(UserAccountService::caller).toList();
  }

  /** How many accounts the user directory holds. Administrators only. */
  @RequiresPermission(Permission.LIST_USERS)
  public long countAccounts() {
    return accounts.count();
  }

  /**
   * The agencies that can answer a clearance slot on a proposal marked {@code marking}: at least
   * one enabled reviewer or lead holds a clearance at or above it.
   */
  public Set<Agency> agenciesClearedFor(Classification marking) {
    Set<Classification> levels =
        Arrays.stream(Classification.values())
            .filter(level -> level.dominates(marking))
            .collect(Collectors.toSet());
    return accounts.agenciesWithReviewersClearedFor(levels);
  }

  private static Caller caller(UserAccount account) {
    return new Caller(
        account.getUsername(),
        account.getDisplayName(),
        account.getRoles(),
        account.getAgency().orElse(null),
        account.getClearance(),
        account.getLastSignInAt().orElse(null),
        account.getPreviousSignInAt().orElse(null));
  }
}
