package org.parley.bench.load;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One sign-in at a time per demo account. The load shares a dozen demo accounts among a hundred
 * virtual users, where real users each have their own; two sign-ins of one account at the same
 * moment are an artefact of that sharing (and currently answer 500: recording the last sign-in
 * races on the account's version). Non-blocking: a virtual user that does not get the turn pauses
 * and asks again.
 */
public final class SignInTurns {

  private static final Map<String, AtomicBoolean> TURNS = new ConcurrentHashMap<>();

  private SignInTurns() {}

  /** Whether the caller got the account's turn; it must {@link #release} it afterwards. */
  public static boolean tryAcquire(String account) {
    return TURNS.computeIfAbsent(account, name -> new AtomicBoolean()).compareAndSet(false, true);
  }

  public static void release(String account) {
    AtomicBoolean turn = TURNS.get(account);
    if (turn != null) {
      turn.set(false);
    }
  }
}
