package org.parley.clearance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.parley.audit.application.AuditTrail;
import org.parley.audit.domain.AuditAction;
import org.parley.clearance.domain.ClearanceRepository;
import org.parley.clearance.domain.ClearanceRound;
import org.parley.platform.schedule.ClusterJob;
import org.parley.platform.schedule.JobPeriod;
import org.parley.platform.schedule.JobRun;
import org.parley.proposal.application.ProposalWorkflow;
import org.parley.shared.Agency;

/**
 * The silence deadline, first half: once a minute, across the cluster, every slot of an open
 * clearance round that is still unanswered after the round's due date is marked overdue, once, and
 * each marking goes to the audit trail as {@link AuditAction#SLOT_OVERDUE}. Escalation to the
 * agency's lead and silence-as-concurrence build on these marks (a later issue).
 *
 * <p>The period is {@code -Dparley.schedule.overdue-slots} (an ISO-8601 duration, default {@code
 * PT1M}). One period handles at most {@link #ROUNDS_PER_RUN} rounds; the next continues.
 */
@ApplicationScoped
public class OverdueSlots implements ClusterJob {

  static final String NAME = "overdue-slots";
  static final String PERIOD_PROPERTY = "parley.schedule.overdue-slots";
  static final int ROUNDS_PER_RUN = 100;

  private static final Logger LOG = Logger.getLogger(OverdueSlots.class.getName());

  @Inject private ClearanceRepository rounds;
  @Inject private ProposalWorkflow proposals;
  @Inject private AuditTrail audit;

  private final JobPeriod period = JobPeriod.fromProperty(PERIOD_PROPERTY, Duration.ofMinutes(1));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Duration period() {
    return period.length();
  }

  /**
   * Marks the overdue slots of up to {@link #ROUNDS_PER_RUN} rounds, in the claiming transaction.
   * Each round is locked as a workflow command locks it, proposal first (docs/adr/0006), so an
   * agency answering at this moment either lands before the mark (and the slot is not overdue) or
   * after it (and answers late).
   */
  @Override
  public void run(JobRun run) {
    int marked = 0;
    for (ClearanceRound round : rounds.findWithUnmarkedOverdueSlots(run.now(), ROUNDS_PER_RUN)) {
      if (!proposals.lockForScheduledWork(round.getProposalId())) {
        continue;
      }
      rounds.refreshForUpdate(round);
      List<Agency> overdue = round.markOverdueSlots(run.now());
      overdue.forEach(agency -> record(round, agency));
      marked += overdue.size();
    }
    if (marked > 0) {
      int count = marked;
      LOG.info(() -> "Marked " + count + " clearance slots overdue on " + run.node());
    }
  }

  private void record(ClearanceRound round, Agency agency) {
    audit.record(
        JobRun.ACTOR,
        null,
        AuditAction.SLOT_OVERDUE,
        round.getProposalId(),
        null,
        null,
        round.getVersionNumber(),
        agency + ": no position by the due date " + round.getDueAt() + ".");
  }
}
