package org.parley.bench.server;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.parley.clearance.application.ClearanceService;
import org.parley.clearance.application.ClearanceView;
import org.parley.clearance.domain.Position;
import org.parley.decision.application.DecisionService;
import org.parley.decision.domain.DecisionOutcome;
import org.parley.proposal.application.DraftingService;
import org.parley.proposal.domain.OurAction;
import org.parley.proposal.domain.OurCategory;
import org.parley.proposal.domain.PhaseContent;
import org.parley.proposal.domain.ProposalContent;
import org.parley.proposal.domain.ReciprocalStep;
import org.parley.proposal.domain.TheirAction;
import org.parley.proposal.domain.TheirCategory;
import org.parley.shared.Agency;
import org.parley.shared.Classification;
import org.parley.shared.Reversibility;
import org.parley.shared.Verification;

/**
 * Runs clearance workflows through the real application services on worker threads, each step as
 * the demo user whose job it is, with all of the services' rules in force: {@code drafter} drafts
 * on the demo working-level track, its envoy {@code envoy} submits, the reviewers {@code state},
 * {@code treasury}, {@code defense} and {@code energy} concur, and {@code deputy} approves. The
 * content (sanctions relief for a freeze, a security assurance for a missile limit, both
 * self-declared) makes the default routing rules (migration V0009) select exactly these four
 * agencies. Each transition runs in a request context of its own, as an HTTP request would, and its
 * time is measured from activating that context to ending it (the commit included).
 */
@ApplicationScoped
public class WorkflowDriver {

  /** The demo working-level track: staff {@code drafter}, envoy {@code envoy}. */
  static final long TRACK = 1;

  /** The agencies routing must select for the benchmark's content, in the order they answer. */
  static final List<Agency> AGENCIES =
      List.of(Agency.STATE, Agency.TREASURY, Agency.DEFENSE, Agency.ENERGY);

  /** The seven transitions of one workflow, in order. */
  static final List<String> TRANSITIONS =
      List.of(
          "create",
          "submit",
          "position_state",
          "position_treasury",
          "position_defense",
          "position_energy",
          "decide");

  @Inject private DraftingService proposals;
  @Inject private ClearanceService clearance;
  @Inject private DecisionService decisions;
  @Inject private Instance<RequestContextController> requestContexts;
  @Inject private RowCounter rowCounter;

  @Resource private ManagedThreadFactory threadFactory;

  /**
   * Runs {@code workflows} workflows on {@code threads} threads, each thread taking the next
   * workflow until all are taken.
   */
  public RunResult run(int workflows, int threads, String label) {
    return run(workflows, threads, label, false);
  }

  /**
   * As {@link #run(int, int, String)}; with {@code countWork}, also what Hibernate did in each kind
   * of transition (statements, loads, flushes), read from its statistics around each transition:
   * meaningful on one thread with the statistics on.
   */
  public RunResult run(int workflows, int threads, String label, boolean countWork) {
    AtomicInteger next = new AtomicInteger();
    List<Recorder> recorders = new ArrayList<>();
    List<String> errors = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads, threadFactory);
    for (int t = 0; t < threads; t++) {
      Recorder recorder = new Recorder(countWork ? rowCounter.hibernateStatistics() : null);
      recorders.add(recorder);
      pool.execute(
          () -> {
            ready.countDown();
            awaitQuietly(go);
            int n;
            while ((n = next.getAndIncrement()) < workflows) {
              try {
                workflow(recorder, label + " " + n);
                recorder.completed++;
              } catch (RuntimeException failed) {
                recorder.failed++;
                if (errors.size() < 10) {
                  errors.add(describe(failed));
                }
              }
            }
          });
    }
    awaitQuietly(ready);
    long start = System.nanoTime();
    go.countDown();
    pool.shutdown();
    try {
      if (!pool.awaitTermination(1, TimeUnit.HOURS)) {
        throw new IllegalStateException("The benchmark's workflows did not end within an hour.");
      }
    } catch (InterruptedException interrupted) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", interrupted);
    }
    long elapsed = System.nanoTime() - start;
    return RunResult.of(threads, elapsed, recorders, errors);
  }

  /**
   * The agencies whose slots the round of a fresh benchmark workflow opens: a check, before any
   * measurement, that routing selects exactly {@link #AGENCIES}.
   */
  public Set<Agency> routedAgencies() {
    // On a thread of its own: the calling request's context (and caller) must not be reused.
    ExecutorService thread = Executors.newSingleThreadExecutor(threadFactory);
    try {
      return thread.submit(this::routedAgenciesHere).get(10, TimeUnit.MINUTES);
    } catch (java.util.concurrent.ExecutionException failed) {
      throw failed.getCause() instanceof RuntimeException cause
          ? cause
          : new IllegalStateException(failed.getCause());
    } catch (InterruptedException | java.util.concurrent.TimeoutException stuck) {
      throw new IllegalStateException("The routing check did not end", stuck);
    } finally {
      thread.shutdownNow();
    }
  }

  private Set<Agency> routedAgenciesHere() {
    Recorder scratch = new Recorder(null);
    long id = step(scratch, 0, "drafter", () -> proposals.create(TRACK, content("routing")).id());
    step(scratch, 1, "envoy", () -> proposals.submit(id, Set.of()));
    ClearanceView round = step(scratch, 1, "envoy", () -> clearance.clearance(id));
    Set<Agency> agencies = EnumSet.noneOf(Agency.class);
    round.positions().forEach(p -> agencies.add(p.agency()));
    step(scratch, 1, "envoy", () -> proposals.withdraw(id, "Routing check of the benchmark."));
    return agencies;
  }

  private void workflow(Recorder recorder, String title) {
    long id =
        step(recorder, 0, "drafter", () -> proposals.create(TRACK, content("Benchmark " + title)))
            .id();
    step(recorder, 1, "envoy", () -> proposals.submit(id, Set.of()));
    for (int a = 0; a < AGENCIES.size(); a++) {
      Agency agency = AGENCIES.get(a);
      step(
          recorder,
          2 + a,
          agency.name().toLowerCase(java.util.Locale.ROOT),
          () -> clearance.recordPosition(id, agency, Position.CONCUR, List.of()));
    }
    step(
        recorder,
        6,
        "deputy",
        () -> decisions.decide(id, DecisionOutcome.APPROVED, "Approved by the benchmark.", null));
  }

  private <T> T step(Recorder recorder, int transition, String user, Supplier<T> work) {
    RequestContextController context = requestContexts.get();
    long[] before = recorder.work();
    long start = System.nanoTime();
    context.activate();
    try {
      T result = BenchCurrentUser.actingAs(user, work);
      context.deactivate();
      recorder.add(transition, System.nanoTime() - start, before);
      return result;
    } catch (RuntimeException failed) {
      context.deactivate();
      throw failed;
    } finally {
      requestContexts.destroy(context);
    }
  }

  static ProposalContent content(String title) {
    return new ProposalContent(
        title,
        "A workflow of the benchmark suite (docs/benchmarks.md).",
        Classification.UNCLASSIFIED,
        List.of(
            new PhaseContent(
                "Phase 1",
                List.of(
                    new ReciprocalStep(
                        new OurAction(
                            OurCategory.SANCTIONS_RELIEF,
                            "We ease sanctions on civilian aviation parts.",
                            Reversibility.REVERSIBLE_AT_COST),
                        new TheirAction(
                            TheirCategory.FREEZE,
                            "They freeze operations at the reactor.",
                            Reversibility.REVERSIBLE_AT_COST,
                            Verification.SELF_DECLARATION)),
                    new ReciprocalStep(
                        new OurAction(
                            OurCategory.SECURITY_ASSURANCE,
                            "We give a written security assurance.",
                            Reversibility.REVERSIBLE_AT_COST),
                        new TheirAction(
                            TheirCategory.MISSILE_LIMIT,
                            "They stop long-range missile tests.",
                            Reversibility.REVERSIBLE_AT_COST,
                            Verification.SELF_DECLARATION))))));
  }

  private static String describe(RuntimeException failed) {
    Throwable cause = failed;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return failed.getClass().getSimpleName()
        + ": "
        + failed.getMessage()
        + (cause == failed
            ? ""
            : " (cause " + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")");
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** One thread's measurements: nanoseconds per transition, and its workflows' fates. */
  static final class Recorder {
    /** What {@link #work()} counts, in its order. */
    static final List<String> WORK =
        List.of("statements", "queries", "entity_loads", "collection_loads", "flushes");

    final List<List<Long>> nanos = new ArrayList<>();
    final long[][] work = new long[TRANSITIONS.size()][WORK.size()];
    private final org.hibernate.stat.Statistics statistics;
    int completed;
    int failed;

    Recorder(org.hibernate.stat.Statistics statistics) {
      this.statistics = statistics;
      for (int i = 0; i < TRANSITIONS.size(); i++) {
        nanos.add(new ArrayList<>());
      }
    }

    /** Hibernate's counters now, when counting work; else null. */
    long[] work() {
      return statistics == null
          ? null
          : new long[] {
            statistics.getPrepareStatementCount(),
            statistics.getQueryExecutionCount(),
            statistics.getEntityLoadCount(),
            statistics.getCollectionLoadCount(),
            statistics.getFlushCount()
          };
    }

    void add(int transition, long elapsed, long[] workBefore) {
      nanos.get(transition).add(elapsed);
      if (workBefore != null) {
        long[] after = work();
        for (int i = 0; i < after.length; i++) {
          work[transition][i] += after[i] - workBefore[i];
        }
      }
    }
  }
}
