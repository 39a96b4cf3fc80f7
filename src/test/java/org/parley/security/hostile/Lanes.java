package org.parley.security.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.parley.support.SideBySide;

/**
 * The battery's parts side by side ({@link SideBySide}): each part runs in a thread of its own with
 * its own browser sessions and {@link Findings}, which are added to the battery's when all have
 * ended, in the order the parts were given.
 */
final class Lanes {

  private final Findings findings;
  private final List<String> names = new ArrayList<>();
  private final List<Callable<Part>> parts = new ArrayList<>();

  /** A part's findings and how long it took. */
  private record Part(Findings findings, long nanos) {}

  Lanes(Findings findings) {
    this.findings = findings;
  }

  /** Adds {@code part}, which records what it finds in the findings it is given. */
  void add(String name, Consumer<Findings> part) {
    names.add(name);
    parts.add(
        () -> {
          Findings own = new Findings();
          long started = System.nanoTime();
          part.accept(own);
          return new Part(own, System.nanoTime() - started);
        });
  }

  /**
   * Runs the parts added, adds their findings to the battery's and prints how long each took; a
   * failure of a part fails the battery.
   */
  void run() {
    List<Part> ended = SideBySide.run(parts);
    for (int i = 0; i < ended.size(); i++) {
      findings.add(ended.get(i).findings());
      System.out.println(
          "hostile-input part "
              + names.get(i)
              + ": "
              + Math.round(ended.get(i).nanos() / 1e9)
              + " s");
    }
    names.clear();
    parts.clear();
  }
}
