package org.parley.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs parts of one test side by side, for the browser batteries whose parts are independent
 * sessions (other users, other proposals): most of a browser session's time is spent waiting for
 * the server and for PrimeFaces' ajax queue, so a few sessions run well side by side even on two
 * cores. At most {@code -Dparley.browsers.side.by.side} parts run at once (4 by default; 1 runs
 * them one after the other, in order).
 */
public final class SideBySide {

  /** How many parts run at once. */
  public static final int THREADS = Integer.getInteger("parley.browsers.side.by.side", 4);

  private SideBySide() {}

  /**
   * Runs {@code parts} and returns their results in the order given, once all have ended; a failure
   * of any part fails the call, after the others have ended, with theirs attached.
   */
  public static <T> List<T> run(List<Callable<T>> parts) {
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.max(1, Math.min(THREADS, parts.size())));
    try {
      List<Future<T>> running = new ArrayList<>();
      parts.forEach(part -> running.add(pool.submit(part)));
      List<T> results = new ArrayList<>();
      Throwable failure = null;
      for (Future<T> part : running) {
        try {
          results.add(part.get());
        } catch (ExecutionException e) {
          if (failure == null) {
            failure = e.getCause();
          } else {
            failure.addSuppressed(e.getCause());
          }
        }
      }
      if (failure instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (failure instanceof Error error) {
        throw error;
      }
      if (failure != null) {
        throw new IllegalStateException(failure);
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs {@code parts} side by side, as {@link #run(List)}. */
  public static void runAll(List<Runnable> parts) {
    run(
        parts.stream()
            .<Callable<Object>>map(
                part ->
                    () -> {
                      part.run();
                      return null;
                    })
            .toList());
  }
}
