package org.parley.audit.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.parley.audit.domain.ChainVerdict;
import org.parley.audit.infrastructure.AuditChainDatabase.ChainedRow;
import org.parley.proposal.domain.Proposal;
import org.parley.support.database.DatabaseSensitive;

/**
 * The chain stays one total order when transactions append at the same moment (docs/adr/0009):
 * threads released together by a barrier commit transactions of one to three events each, half of
 * them first locking the proposal row as workflow commands do (docs/adr/0006), so the head lock is
 * taken after another lock. No two events may link to the same predecessor, no position may be
 * skipped or taken twice, and no transaction may fail.
 */
@DatabaseSensitive("the chain head's lock under transactions that append at the same moment")
class AuditChainConcurrencyIT {

  private static final int THREADS = 8;
  private static final int TRANSACTIONS_PER_THREAD = 25;

  @Test
  void transactionsAppendingAtOnceFormOneIntactChain() throws Exception {
    try (AuditChainDatabase database = AuditChainDatabase.withDemoData()) {
      long before = database.verify().events();
      ExecutorService threads = Executors.newFixedThreadPool(THREADS);
      CyclicBarrier start = new CyclicBarrier(THREADS);
      List<Future<Integer>> appended = new ArrayList<>();
      try {
        for (int t = 0; t < THREADS; t++) {
          int thread = t;
          appended.add(threads.submit(() -> appendFrom(database, thread, start)));
        }
        int total = 0;
        for (Future<Integer> count : appended) {
          total += count.get(120, TimeUnit.SECONDS);
        }

        ChainVerdict verdict = database.verify();
        List<ChainedRow> chain = database.chain();
        assertTrue(verdict.intact(), verdict::summary);
        assertEquals(before + total, verdict.events());
        assertEquals(
            LongStream.rangeClosed(1, before + total).boxed().toList(),
            chain.stream().map(ChainedRow::position).toList());
        assertEquals(
            chain.size(),
            database.count("select count(distinct previous_hash) from audit_event"),
            "no two events link to the same predecessor");
        System.out.printf(
            "AuditChainConcurrencyIT: %d threads committed %d events at once; chain %s%n",
            THREADS, total, verdict.summary());
      } finally {
        threads.shutdownNow();
      }
    }
  }

  /** One thread's transactions; how many events it appended. */
  private static int appendFrom(AuditChainDatabase database, int thread, CyclicBarrier start)
      throws Exception {
    start.await(30, TimeUnit.SECONDS);
    int appended = 0;
    for (int i = 0; i < TRANSACTIONS_PER_THREAD; i++) {
      int events = 1 + (thread + i) % 3;
      boolean lockProposalFirst = thread % 2 == 0;
      String label = "thread " + thread + " transaction " + i;
      database
          .hibernate
          .sessionFactory()
          .inTransaction(
              session -> {
                if (lockProposalFirst) {
                  session.find(
                      Proposal.class, AuditChainDatabase.PROPOSAL, LockModeType.PESSIMISTIC_WRITE);
                }
                JpaAuditRepository trail = new JpaAuditRepository(session);
                for (int e = 0; e < events; e++) {
                  trail.append(AuditChainDatabase.event(label + " #" + e));
                }
              });
      appended += events;
    }
    return appended;
  }
}
