package org.parley.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.identity.domain.SignInName;
import org.parley.support.MutableClock;

class CredentialCacheTest {

  private static final Duration TTL = Duration.ofMinutes(5);
  private static final String KEY = SignInName.of("drafter").key();
  private static final char[] RIGHT = "Parley-Demo-2026".toCharArray();
  private static final CredentialValidationResult DRAFTER =
      new CredentialValidationResult("drafter", Set.of("ENVOY_STAFF"));

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
  private final CredentialCache cache = new CredentialCache(clock, TTL, 3);

  @Test
  void aVerifiedCredentialIsServedUntilItsTimeIsUpItsEndExcluded() {
    cache.remember(KEY, "drafter", RIGHT, DRAFTER);

    assertSame(DRAFTER, cache.lookup(KEY, "drafter", RIGHT).orElseThrow());
    clock.advance(TTL.minusNanos(1_000));
    assertSame(DRAFTER, cache.lookup(KEY, "drafter", RIGHT).orElseThrow());
    clock.advance(Duration.ofNanos(1_000));
    assertTrue(cache.lookup(KEY, "drafter", RIGHT).isEmpty(), "expired at exactly the TTL");
    assertEquals(0, cache.size(), "an expired entry is dropped");
  }

  @Test
  void aWrongPasswordIsNeverServed() {
    cache.remember(KEY, "drafter", RIGHT, DRAFTER);

    for (String wrong :
        new String[] {"", "parley-demo-2026", "Parley-Demo-2026 ", "Parley-Demo-202", "x"}) {
      assertTrue(cache.lookup(KEY, "drafter", wrong.toCharArray()).isEmpty(), wrong);
    }
    assertSame(DRAFTER, cache.lookup(KEY, "drafter", RIGHT).orElseThrow());
  }

  @Test
  void anotherSpellingOfTheNameIsNotServedEitherThoughItSharesTheKey() {
    cache.remember(KEY, "drafter", RIGHT, DRAFTER);

    assertTrue(cache.lookup(KEY, "Drafter", RIGHT).isEmpty());
  }

  @Test
  void nameAndPasswordAreBoundUnambiguously() {
    // "ab" + "c" and "a" + "bc" must not give the same MAC.
    CredentialValidationResult ab = new CredentialValidationResult("ab", Set.of());
    cache.remember("k", "ab", "c".toCharArray(), ab);

    assertTrue(cache.lookup("k", "a", "bc".toCharArray()).isEmpty());
  }

  @Test
  void forgettingANameDropsItsEntryOnly() {
    String other = SignInName.of("envoy").key();
    cache.remember(KEY, "drafter", RIGHT, DRAFTER);
    cache.remember(other, "envoy", RIGHT, new CredentialValidationResult("envoy", Set.of()));

    cache.forget(KEY);

    assertTrue(cache.lookup(KEY, "drafter", RIGHT).isEmpty());
    assertTrue(cache.lookup(other, "envoy", RIGHT).isPresent());
  }

  @Test
  void theLeastRecentlyUsedEntryMakesRoomBeyondTheCapacity() {
    cache.remember("a", "a", RIGHT, new CredentialValidationResult("a", Set.of()));
    cache.remember("b", "b", RIGHT, new CredentialValidationResult("b", Set.of()));
    cache.remember("c", "c", RIGHT, new CredentialValidationResult("c", Set.of()));
    cache.lookup("a", "a", RIGHT);

    cache.remember("d", "d", RIGHT, new CredentialValidationResult("d", Set.of()));

    assertEquals(3, cache.size());
    assertTrue(cache.lookup("b", "b", RIGHT).isEmpty(), "b was used least recently");
    assertTrue(cache.lookup("a", "a", RIGHT).isPresent());
  }

  @Test
  void onlyValidResultsAreRemembered() {
    assertThrows(
        IllegalArgumentException.class,
        () -> cache.remember(KEY, "drafter", RIGHT, CredentialValidationResult.INVALID_RESULT));
  }

  @Test
  void eachCacheHasItsOwnKeySoEntriesMeanNothingElsewhere() {
    CredentialCache another = new CredentialCache(clock, TTL, 3);
    cache.remember(KEY, "drafter", RIGHT, DRAFTER);

    assertTrue(another.lookup(KEY, "drafter", RIGHT).isEmpty());
    cache.clear();
    assertEquals(0, cache.size());
  }
}
