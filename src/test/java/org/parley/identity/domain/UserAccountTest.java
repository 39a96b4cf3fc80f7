package org.parley.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.access.domain.Role;
import org.parley.shared.Agency;
import org.parley.shared.Classification;

class UserAccountTest {

  private static UserAccount reviewer() {
    return new UserAccount(
        "state",
        "Sam State",
        "hash",
        Agency.STATE,
        Classification.SECRET,
        Set.of(Role.AGENCY_REVIEWER));
  }

  @Test
  void newAccountIsEnabledAndHasNeverSignedIn() {
    UserAccount account = reviewer();

    assertTrue(account.isEnabled());
    assertFalse(account.getLastSignInAt().isPresent());
    assertFalse(account.getPreviousSignInAt().isPresent());
  }

  @Test
  void rolesCannotBeChangedThroughTheGetter() {
    UserAccount account = reviewer();

    account.getRoles().add(Role.ADMIN);

    assertEquals(Set.of(Role.AGENCY_REVIEWER), account.getRoles());
  }

  @Test
  void noAccountNameHoldsAControlOrInvisibleCharacter() {
    assertTrue(UserAccount.couldBeUsername("state-lead"));
    assertFalse(UserAccount.couldBeUsername("state\u0000"), "NUL");
    assertFalse(UserAccount.couldBeUsername("state\nlead"), "line break");
    assertFalse(UserAccount.couldBeUsername("st\u200bate"), "zero-width space");
    assertFalse(UserAccount.couldBeUsername(null));
  }
}
