package org.parley.bench.data;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.parley.audit.domain.AuditAction;
import org.parley.bench.data.Rows.CommentRow;
import org.parley.bench.data.Rows.DecisionRow;
import org.parley.bench.data.Rows.EventRow;
import org.parley.bench.data.Rows.FindingRow;
import org.parley.bench.data.Rows.ProposalRow;
import org.parley.bench.data.Rows.ReviewRow;
import org.parley.bench.data.Rows.RoundRow;
import org.parley.bench.data.Rows.VersionRow;
import org.parley.bench.data.World.Instrument;
import org.parley.bench.data.World.Reviewer;
import org.parley.bench.data.World.Track;
import org.parley.clearance.domain.AgencyReview;
import org.parley.clearance.domain.BusinessDays;
import org.parley.clearance.domain.ClearanceRound;
import org.parley.clearance.domain.CommentDraft;
import org.parley.clearance.domain.CommentType;
import org.parley.clearance.domain.Position;
import org.parley.clearance.domain.ReviewComment;
import org.parley.clearance.domain.RoundOutcome;
import org.parley.clearance.domain.RoutingFacts;
import org.parley.clearance.domain.RoutingPolicy;
import org.parley.decision.domain.DecisionOutcome;
import org.parley.ledger.domain.Finding;
import org.parley.ledger.domain.Ledger;
import org.parley.ledger.domain.ReciprocityCheck;
import org.parley.platform.schedule.JobRun;
import org.parley.proposal.domain.OurAction;
import org.parley.proposal.domain.OurCategory;
import org.parley.proposal.domain.PhaseContent;
import org.parley.proposal.domain.ProposalContent;
import org.parley.proposal.domain.ReciprocalStep;
import org.parley.proposal.domain.TheirAction;
import org.parley.proposal.domain.TheirCategory;
import org.parley.shared.Agency;
import org.parley.shared.Classification;
import org.parley.shared.ProposalStatus;
import org.parley.shared.Reversibility;
import org.parley.shared.Verification;
import org.parley.shared.WorkflowAction;

/**
 * The life of one generated proposal, from its creation to the anchor instant: drafted and revised
 * by its track's staff and envoy, submitted by the envoy, cleared by the agencies that routing
 * selects (plus those the envoy adds), sent back or decided, resubmitted, withdrawn, or left where
 * the anchor finds it. Every move goes through the project's own rules: the workflow table ({@link
 * WorkflowAction}), routing ({@link RoutingPolicy}), the clearance round ({@link ClearanceRound},
 * which decides outcomes, dissents and overdue slots), business days for due dates and the
 * reciprocity check for the findings a version is submitted with. What happened becomes rows and
 * audit events, exactly as the application would have written them.
 *
 * <p>Pure: the same world, ids, balance, index, seed and times give the same rows.
 */
final class ProposalStory {

  /** Median working hours an agency takes to answer; Treasury and the IC are the bottleneck. */
  private static final Map<Agency, Double> MEDIAN_HOURS =
      Map.of(
          Agency.STATE, 5.0,
          Agency.DEFENSE, 9.0,
          Agency.ENERGY, 12.0,
          Agency.TREASURY, 22.0,
          Agency.IC, 16.0,
          Agency.NSC, 7.0);

  /** How likely an agency's slot stalls for weeks (it then goes overdue). */
  private static final Map<Agency, Double> STALLS =
      Map.of(
          Agency.STATE, 0.04,
          Agency.DEFENSE, 0.06,
          Agency.ENERGY, 0.06,
          Agency.TREASURY, 0.12,
          Agency.IC, 0.10,
          Agency.NSC, 0.03);

  private static final int MAX_VERSIONS = 4;

  private final World world;
  private final Ids ids;
  private final Balance balance;
  private final SplittableRandom random;
  private final Instant anchor;
  private final Track track;
  private final long id;
  private final String reference;
  private final Instant createdAt;
  private final Classification classification;
  private final boolean weak;

  private ProposalStatus status = ProposalStatus.DRAFT;
  private ProposalContent content;
  private int versionNumber;
  private long jpaVersion;
  private boolean reachedDeciders;
  private Instant updatedAt;
  private Instant now;
  private final Set<String> drafters = new LinkedHashSet<>();
  private final Set<Agency> routed = EnumSet.noneOf(Agency.class);
  private final List<VersionRow> versions = new ArrayList<>();
  private final List<FindingRow> findings = new ArrayList<>();
  private final List<DecisionRow> decisions = new ArrayList<>();
  private final List<EventRow> events = new ArrayList<>();
  private final List<RoundRecord> rounds = new ArrayList<>();
  private final Map<ReviewComment, Long> commentIds = new IdentityHashMap<>();

  private ProposalStory(
      World world,
      Ids ids,
      Balance balance,
      SplittableRandom random,
      Instant createdAt,
      Instant anchor) {
    this.world = world;
    this.ids = ids;
    this.balance = balance;
    this.random = random;
    this.anchor = anchor;
    this.createdAt = createdAt;
    this.now = createdAt;
    this.track = world.track(random.nextDouble());
    this.id = ids.proposal++;
    this.reference =
        "%s-%d-%04d"
            .formatted(
                track.prefix(),
                createdAt.atZone(java.time.ZoneOffset.UTC).getYear(),
                ids.reference++);
    this.classification = classification();
    this.weak = random.nextDouble() < 0.2;
  }

  /**
   * Tells the story of the next proposal, created at {@code createdAt}, as far as {@code anchor}.
   *
   * @param random this proposal's own random source
   */
  static GeneratedProposal tell(
      World world,
      Ids ids,
      Balance balance,
      SplittableRandom random,
      Instant createdAt,
      Instant anchor) {
    ProposalStory story = new ProposalStory(world, ids, balance, random, createdAt, anchor);
    story.live();
    return story.rows();
  }

  // --- the story ---

  private void live() {
    boolean topSecret = classification == Classification.TOP_SECRET;
    double fate = random.nextDouble();
    boolean abandoned = topSecret ? fate < 0.7 : fate < 0.05;
    boolean withdrawnAsDraft = topSecret ? !abandoned : fate < 0.07;
    String creator = topSecret || random.nextDouble() < 0.2 ? track.envoy() : staffMember();
    content = content(abandoned && random.nextDouble() < 0.5);
    drafters.add(creator);
    updatedAt = createdAt;
    event(
        createdAt,
        creator,
        null,
        AuditAction.CREATED,
        null,
        "DRAFT",
        null,
        reference + ": " + content.title());
    if (!edit(geometric(0.45, 4), 10)) {
      return;
    }
    if (abandoned) {
      return;
    }
    if (withdrawnAsDraft) {
      withdraw(WorkingTime.after(now, logNormal(24, 1.0)), null);
      return;
    }
    while (true) {
      Instant submittedAt = WorkingTime.after(now, logNormal(8, 0.8));
      if (submittedAt.isAfter(anchor)) {
        return;
      }
      RoundRecord round = submit(submittedAt);
      if (!clear(round)) {
        return;
      }
      if (round.round.getOutcome().orElseThrow() == RoundOutcome.CLEARED) {
        if (!decide(round) || status != ProposalStatus.DRAFT) {
          return;
        }
      }
      if (!rework(round)) {
        return;
      }
    }
  }

  /** Up to {@code count} revisions, each some working hours after the last move. */
  private boolean edit(int count, double medianHours) {
    for (int i = 0; i < count; i++) {
      Instant at = WorkingTime.after(now, logNormal(medianHours, 1.0));
      if (at.isAfter(anchor)) {
        return false;
      }
      String editor = classification == Classification.TOP_SECRET ? track.envoy() : teamMember();
      content = revised(content);
      drafters.add(editor);
      updatedAt = at;
      transition(WorkflowAction.REVISE, at, editor, null, "Content revised.");
    }
    return true;
  }

  private RoundRecord submit(Instant at) {
    versionNumber++;
    updatedAt = at;
    VersionRow version = new VersionRow(ids.version++, versionNumber, content, track.envoy(), at);
    versions.add(version);
    List<Finding> found =
        new ReciprocityCheck(world.frontLoadingThreshold)
            .run(Ledger.of(content.ledgerDraft(), world.terms));
    for (int i = 0; i < found.size(); i++) {
      findings.add(new FindingRow(ids.finding++, versionNumber, i, found.get(i)));
    }
    Set<Agency> required =
        RoutingPolicy.requiredAgencies(world.rules, routingFacts(content), Set.of());
    Set<Agency> added = added(required);
    Set<Agency> agencies = EnumSet.copyOf(required);
    agencies.addAll(added);
    routed.addAll(agencies);
    transition(
        WorkflowAction.SUBMIT,
        at,
        track.envoy(),
        versionNumber,
        added.isEmpty()
            ? "Submitted for clearance."
            : "Submitted for clearance; agencies added by the envoy: "
                + added.stream().sorted().map(Enum::name).collect(Collectors.joining(", "))
                + ".");
    ClearanceRound round =
        ClearanceRound.open(
            id, versionNumber, agencies, at, BusinessDays.add(at, track.clearanceDays()));
    RoundRecord record = new RoundRecord(ids.round++, round);
    for (AgencyReview review : round.getReviews()) {
      record.reviewIds.put(review.getAgency(), ids.review++);
    }
    rounds.add(record);
    return record;
  }

  /**
   * The agencies answer in parallel, each after its own delay; scheduled work marks the slots still
   * silent after the due date; the envoy may withdraw meanwhile. Replayed in time order on the
   * project's {@link ClearanceRound}.
   *
   * @return whether the round closed before the anchor
   */
  private boolean clear(RoundRecord record) {
    ClearanceRound round = record.round;
    Instant opened = round.getOpenedAt();
    TreeMap<Instant, List<Runnable>> timeline = new TreeMap<>();
    boolean[] withdrawn = {false};
    for (AgencyReview review : round.getReviews()) {
      Agency agency = review.getAgency();
      double hours = logNormal(MEDIAN_HOURS.get(agency), 0.9);
      if (random.nextDouble() < STALLS.get(agency) * (weak ? 1.5 : 1)) {
        hours += exponential(250);
      }
      Instant at = WorkingTime.after(opened, hours);
      Position position = position(record.round.getVersionNumber());
      List<CommentDraft> comments = comments(agency, position);
      Reviewer reviewer = reviewer(agency);
      at(
          timeline,
          at,
          () -> {
            if (withdrawn[0]) {
              return;
            }
            answer(record, agency, position, comments, reviewer.username(), at);
          });
    }
    Instant tick = round.getDueAt().plusSeconds(1 + random.nextInt(59));
    at(
        timeline,
        tick,
        () ->
            round
                .markOverdueSlots(tick)
                .forEach(
                    agency ->
                        event(
                            tick,
                            JobRun.ACTOR,
                            null,
                            AuditAction.SLOT_OVERDUE,
                            null,
                            null,
                            versionNumber,
                            agency + ": no position by the due date " + round.getDueAt() + ".")));
    if (random.nextDouble() < 0.025) {
      Instant at = WorkingTime.after(opened, 2 + random.nextDouble() * 60);
      String reason = Phrasebook.withdrawal(random);
      at(
          timeline,
          at,
          () -> {
            if (round.isOpen()) {
              withdrawn[0] = true;
              withdraw(at, reason);
              round.cancel(at);
              record.version++;
            }
          });
    }
    for (Map.Entry<Instant, List<Runnable>> moment : timeline.entrySet()) {
      if (moment.getKey().isAfter(anchor)) {
        break;
      }
      moment.getValue().forEach(Runnable::run);
    }
    return !withdrawn[0] && !round.isOpen();
  }

  private void answer(
      RoundRecord record,
      Agency agency,
      Position position,
      List<CommentDraft> comments,
      String by,
      Instant at) {
    ClearanceRound round = record.round;
    var outcome = round.recordPosition(agency, position, comments, by, agency.name(), at);
    record.version++;
    for (ReviewComment comment : round.review(agency).orElseThrow().getComments()) {
      commentIds.computeIfAbsent(comment, c -> ids.comment++);
    }
    balance.positions++;
    event(
        at,
        by,
        agency.name(),
        AuditAction.POSITION_TAKEN,
        null,
        null,
        versionNumber,
        agency + ": " + position + commentCount(comments.size()));
    outcome.ifPresent(
        closed -> {
          String dissents =
              round.dissents().isEmpty()
                  ? ""
                  : "; dissents: "
                      + round.dissents().stream().map(Enum::name).collect(Collectors.joining(", "));
          WorkflowAction action =
              closed == RoundOutcome.CHANGES_REQUESTED
                  ? WorkflowAction.CONCLUDE_CHANGES_REQUESTED
                  : WorkflowAction.CONCLUDE_CLEARED;
          if (action == WorkflowAction.CONCLUDE_CLEARED) {
            reachedDeciders = true;
          }
          transition(
              action,
              at,
              by,
              versionNumber,
              "Clearance round for version "
                  + versionNumber
                  + " closed: "
                  + closed
                  + dissents
                  + ".");
        });
  }

  /** A deputy or principal decides the cleared version. @return whether before the anchor */
  private boolean decide(RoundRecord record) {
    Instant closed = record.round.getClosedAt().orElseThrow();
    double hours = logNormal(30, 1.0);
    if (random.nextDouble() < 0.15) {
      hours += exponential(300);
    }
    Instant at = WorkingTime.after(closed, hours);
    if (at.isAfter(anchor)) {
      return false;
    }
    int dissents = record.round.dissents().size();
    List<Finding> blocking =
        findings.stream()
            .filter(f -> f.versionNumber() == versionNumber && f.finding().isBlocking())
            .map(FindingRow::finding)
            .toList();
    double reject = 0.08 + 0.08 * dissents + (blocking.isEmpty() ? 0 : 0.10);
    double back = 0.11 + 0.04 * dissents + (blocking.isEmpty() ? 0 : 0.08) + (weak ? 0.06 : 0);
    double conditions = 0.22;
    double roll = random.nextDouble();
    DecisionOutcome outcome =
        roll < reject
            ? DecisionOutcome.REJECTED
            : roll < reject + back
                ? DecisionOutcome.RETURNED
                : roll < reject + back + conditions
                    ? DecisionOutcome.APPROVED_WITH_CONDITIONS
                    : DecisionOutcome.APPROVED;
    boolean approves = outcome.approves();
    boolean override = approves && !blocking.isEmpty();
    String decider = override || random.nextDouble() < 0.45 ? World.PRINCIPAL : World.DEPUTY;
    String rationale = Phrasebook.rationale(outcome, random);
    String justification = override ? Phrasebook.pick(Phrasebook.OVERRIDES, random) : null;
    decisions.add(
        new DecisionRow(
            ids.decision++,
            versionNumber,
            outcome,
            rationale,
            outcome == DecisionOutcome.APPROVED_WITH_CONDITIONS
                ? Phrasebook.conditions(random)
                : null,
            justification,
            decider,
            at));
    if (override) {
      event(
          at,
          decider,
          null,
          AuditAction.FINDING_OVERRIDDEN,
          null,
          null,
          versionNumber,
          "Justification: "
              + justification
              + " \u2014 overrode "
              + blocking.stream()
                  .map(
                      f ->
                          f.rule()
                              + " (phase "
                              + f.phaseNumber()
                              + ", step "
                              + f.stepNumber()
                              + ")")
                  .collect(Collectors.joining("; "))
              + ".");
    }
    WorkflowAction action =
        switch (outcome) {
          case APPROVED, APPROVED_WITH_CONDITIONS -> WorkflowAction.APPROVE;
          case RETURNED -> WorkflowAction.RETURN;
          case REJECTED -> WorkflowAction.REJECT;
        };
    transition(action, at, decider, versionNumber, outcome + ": " + rationale);
    return true;
  }

  /**
   * Back with the drafters (changes requested, or returned by a decider): they answer every comment
   * of the round, revise, and the loop resubmits; or they give up.
   *
   * @return whether to resubmit
   */
  private boolean rework(RoundRecord record) {
    boolean returned = record.round.getOutcome().orElseThrow() == RoundOutcome.CLEARED;
    boolean giveUp =
        versionNumber >= MAX_VERSIONS || random.nextDouble() < (returned ? 0.18 : 0.10);
    List<ReviewComment> open =
        record.round.getReviews().stream()
            .flatMap(r -> r.getComments().stream())
            .filter(c -> !c.isResolved())
            .toList();
    int answering = giveUp ? random.nextInt(open.size() + 1) : open.size();
    for (ReviewComment comment : open.subList(0, answering)) {
      Instant at = WorkingTime.after(now, logNormal(3, 0.9));
      if (at.isAfter(anchor)) {
        return false;
      }
      boolean accepted = random.nextDouble() < 0.75;
      String reason = accepted ? null : Phrasebook.rejectionReason(random);
      String by = teamMember();
      comment.resolve(accepted, reason, by, at);
      now = at;
      event(
          at,
          by,
          null,
          AuditAction.COMMENT_RESOLVED,
          null,
          null,
          versionNumber,
          "Comment "
              + commentIds.get(comment)
              + (accepted ? " accepted." : " rejected: " + reason));
    }
    if (giveUp) {
      if (random.nextDouble() < 0.4) {
        withdraw(WorkingTime.after(now, logNormal(40, 1.0)), Phrasebook.withdrawal(random));
      }
      return false;
    }
    return edit(1 + random.nextInt(2), 6);
  }

  private void withdraw(Instant at, String reason) {
    if (at.isAfter(anchor)) {
      return;
    }
    transition(
        WorkflowAction.WITHDRAW,
        at,
        track.envoy(),
        versionNumber,
        reason == null ? "Withdrawn." : "Withdrawn: " + reason);
  }

  /** Moves the status as the project's workflow table allows, and records the event. */
  private void transition(
      WorkflowAction action, Instant at, String actor, Integer version, String detail) {
    if (!status.allows(action)) {
      throw new IllegalStateException(reference + ": " + action + " is not allowed from " + status);
    }
    ProposalStatus from = status;
    status = action.target();
    jpaVersion++;
    AuditAction audited =
        switch (action) {
          case REVISE -> AuditAction.EDITED;
          case SUBMIT -> AuditAction.SUBMITTED;
          case CONCLUDE_CLEARED, CONCLUDE_CHANGES_REQUESTED -> AuditAction.ROUND_CLOSED;
          case APPROVE, RETURN, REJECT -> AuditAction.DECIDED;
          case WITHDRAW -> AuditAction.WITHDRAWN;
        };
    event(at, actor, null, audited, from.name(), status.name(), version, detail);
  }

  private void event(
      Instant at,
      String actor,
      String actingFor,
      AuditAction action,
      String from,
      String to,
      Integer version,
      String detail) {
    if (at.isAfter(now)) {
      now = at;
    }
    events.add(new EventRow(at, actor, actingFor, action, id, from, to, version, detail));
  }

  // --- choices ---

  private Classification classification() {
    double roll = random.nextDouble();
    if (track.envoyClearance() == Classification.TOP_SECRET && roll < 0.03) {
      return Classification.TOP_SECRET;
    }
    return roll < 0.22
        ? Classification.UNCLASSIFIED
        : roll < 0.55 ? Classification.CONFIDENTIAL : Classification.SECRET;
  }

  /** The agencies the envoy adds for their substantial interest; steers positions to the target. */
  private Set<Agency> added(Set<Agency> required) {
    long deficit = balance.positionDeficit();
    Set<Agency> added = EnumSet.noneOf(Agency.class);
    for (Agency agency : Agency.values()) {
      if (required.contains(agency)) {
        continue;
      }
      double base = agency == Agency.NSC ? 0.25 : 0.08;
      double chance = Math.max(0, Math.min(0.95, base + 0.01 * deficit));
      if (random.nextDouble() < chance) {
        added.add(agency);
      }
    }
    return added;
  }

  private Position position(int version) {
    double scale = (weak ? 2.5 : 1.0) / version;
    double changes = 0.055 * scale;
    double nonConcur = 0.05 * (weak ? 2.0 : 1.0);
    double withComments = 0.24;
    double roll = random.nextDouble();
    return roll < changes
        ? Position.CHANGES_REQUESTED
        : roll < changes + nonConcur
            ? Position.NON_CONCUR
            : roll < changes + nonConcur + withComments
                ? Position.CONCUR_WITH_COMMENTS
                : Position.CONCUR;
  }

  private List<CommentDraft> comments(Agency agency, Position position) {
    if (!position.needsComment()) {
      return List.of();
    }
    double roll = random.nextDouble();
    int count = roll < 0.65 ? 1 : roll < 0.9 ? 2 : 3;
    List<CommentDraft> comments = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      CommentType type = Phrasebook.commentType(position, random);
      comments.add(new CommentDraft(type, Phrasebook.comment(type, agency, random)));
    }
    return comments;
  }

  private Reviewer reviewer(Agency agency) {
    List<Reviewer> cleared =
        World.REVIEWERS.get(agency).stream()
            .filter(r -> r.clearance().dominates(classification))
            .toList();
    return Phrasebook.pick(cleared, random);
  }

  private String staffMember() {
    return Phrasebook.pick(track.staff(), random);
  }

  private String teamMember() {
    return random.nextDouble() < 0.25 ? track.envoy() : staffMember();
  }

  // --- content ---

  private ProposalContent content(boolean incomplete) {
    int phases = pickWeighted(new double[] {0.55, 0.3, 0.15}) + 1;
    List<PhaseContent> list = new ArrayList<>();
    for (int p = 0; p < phases; p++) {
      int steps = pickWeighted(new double[] {0.6, 0.3, 0.10}) + 1;
      List<ReciprocalStep> stepList = new ArrayList<>();
      for (int s = 0; s < steps; s++) {
        boolean last = p == phases - 1 && s == steps - 1;
        stepList.add(step(incomplete && last));
      }
      list.add(new PhaseContent(Phrasebook.phaseTitle(p, random), stepList));
    }
    ReciprocalStep first = list.get(0).steps().get(0);
    String title =
        Phrasebook.title(
            first.theirs().map(TheirAction::category).orElse(TheirCategory.OTHER),
            first.ours().orElseThrow().category(),
            track.counterpart());
    return new ProposalContent(
        title, Phrasebook.summary(track.counterpart(), random), classification, list);
  }

  private ReciprocalStep step(boolean oneSided) {
    OurCategory ours = OurCategory.values()[pickWeighted(OUR_WEIGHTS)];
    List<Instrument> spendable = world.spendable.get(ours);
    Instrument instrument =
        !spendable.isEmpty() && random.nextDouble() < 0.75
            ? Phrasebook.pick(spendable, random)
            : null;
    Reversibility ourReversibility =
        instrument != null && random.nextDouble() < 0.6
            ? instrument.reversibility()
            : Reversibility.values()[pickWeighted(new double[] {0.45, 0.4, 0.15})];
    OurAction our =
        new OurAction(
            ours,
            Phrasebook.ours(ours, random),
            ourReversibility,
            instrument == null ? null : instrument.id());
    if (oneSided) {
      return new ReciprocalStep(our, null);
    }
    TheirCategory theirs = TheirCategory.values()[pickWeighted(THEIR_WEIGHTS)];
    return new ReciprocalStep(
        our,
        new TheirAction(
            theirs,
            Phrasebook.theirs(theirs, random),
            theirReversibility(theirs),
            verification(theirs)));
  }

  /** The drafters' revision: one step of ours reworded and re-rated. */
  private ProposalContent revised(ProposalContent before) {
    List<PhaseContent> phases = new ArrayList<>(before.phases());
    int p = random.nextInt(phases.size());
    PhaseContent phase = phases.get(p);
    List<ReciprocalStep> steps = new ArrayList<>(phase.steps());
    int s = random.nextInt(steps.size());
    ReciprocalStep step = steps.get(s);
    OurAction ours = step.ours().orElseThrow();
    steps.set(
        s,
        new ReciprocalStep(
            new OurAction(
                ours.category(),
                Phrasebook.ours(ours.category(), random),
                random.nextDouble() < 0.5
                    ? ours.reversibility()
                    : Reversibility.values()[random.nextInt(3)],
                ours.instrumentId().orElse(null)),
            step.theirs().orElse(null)));
    phases.set(p, new PhaseContent(phase.title(), steps));
    return new ProposalContent(before.title(), before.summary(), before.classification(), phases);
  }

  private static final double[] OUR_WEIGHTS = {0.28, 0.12, 0.10, 0.16, 0.12, 0.12, 0.10};
  private static final double[] THEIR_WEIGHTS = {0.16, 0.10, 0.16, 0.14, 0.12, 0.12, 0.08, 0.12};

  private Reversibility theirReversibility(TheirCategory category) {
    double[] weights =
        switch (category) {
          case DISMANTLEMENT, DECLARATION -> new double[] {0.05, 0.45, 0.5};
          case FREEZE, MISSILE_LIMIT -> new double[] {0.35, 0.55, 0.1};
          case INSPECTOR_ACCESS, TEST_MORATORIUM -> new double[] {0.6, 0.35, 0.05};
          case REPATRIATION, OTHER -> new double[] {0.5, 0.3, 0.2};
        };
    return Reversibility.values()[pickWeighted(weights)];
  }

  private Verification verification(TheirCategory category) {
    // NONE, SELF_DECLARATION, NATIONAL_TECHNICAL_MEANS, IAEA_INSPECTION, CONTINUOUS_ON_SITE
    double[] weights =
        switch (category) {
          case FREEZE, DISMANTLEMENT, INSPECTOR_ACCESS -> new double[] {0, 0.05, 0.3, 0.45, 0.2};
          case DECLARATION -> new double[] {0, 0.4, 0.2, 0.4, 0};
          case TEST_MORATORIUM, MISSILE_LIMIT -> new double[] {0.05, 0.15, 0.8, 0, 0};
          case REPATRIATION, OTHER -> new double[] {0.45, 0.5, 0.05, 0, 0};
        };
    return Verification.values()[pickWeighted(weights)];
  }

  static RoutingFacts routingFacts(ProposalContent content) {
    Set<String> ours = new LinkedHashSet<>();
    Set<String> theirs = new LinkedHashSet<>();
    Set<String> verifications = new LinkedHashSet<>();
    for (ReciprocalStep step : content.allSteps()) {
      step.ours().ifPresent(o -> ours.add(o.category().name()));
      step.theirs()
          .ifPresent(
              t -> {
                theirs.add(t.category().name());
                verifications.add(t.verification().name());
              });
    }
    return new RoutingFacts(ours, theirs, verifications);
  }

  // --- random helpers (only SplittableRandom.nextDouble/nextInt: stable across JDKs) ---

  private int pickWeighted(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double roll = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private double logNormal(double median, double sigma) {
    double u1 = 1 - random.nextDouble();
    double u2 = random.nextDouble();
    double gaussian = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    return median * Math.exp(sigma * gaussian);
  }

  private double exponential(double mean) {
    return -mean * Math.log(1 - random.nextDouble());
  }

  private int geometric(double p, int max) {
    int n = 0;
    while (n < max && random.nextDouble() < p) {
      n++;
    }
    return n;
  }

  private static void at(TreeMap<Instant, List<Runnable>> timeline, Instant at, Runnable step) {
    timeline.computeIfAbsent(at, k -> new ArrayList<>()).add(step);
  }

  private static String commentCount(int count) {
    return switch (count) {
      case 0 -> "";
      case 1 -> " (1 comment)";
      default -> " (" + count + " comments)";
    };
  }

  // --- rows ---

  private GeneratedProposal rows() {
    long firstPhase = ids.phase;
    ids.phase += content.phases().size();
    ProposalRow proposal =
        new ProposalRow(
            id,
            reference,
            track.id(),
            content,
            status,
            versionNumber,
            createdAt,
            updatedAt,
            jpaVersion,
            reachedDeciders,
            Set.copyOf(drafters),
            routed.isEmpty() ? Set.of() : EnumSet.copyOf(routed),
            firstPhase);
    List<RoundRow> roundRows = new ArrayList<>();
    List<ReviewRow> reviewRows = new ArrayList<>();
    List<CommentRow> commentRows = new ArrayList<>();
    for (RoundRecord record : rounds) {
      ClearanceRound round = record.round;
      roundRows.add(
          new RoundRow(
              record.id,
              round.getVersionNumber(),
              round.getOpenedAt(),
              round.getDueAt(),
              round.getClosedAt().orElse(null),
              round.getOutcome().orElse(null),
              round.isCancelled(),
              record.version));
      for (AgencyReview review : round.getReviews()) {
        long reviewId = record.reviewIds.get(review.getAgency());
        reviewRows.add(
            new ReviewRow(
                reviewId,
                record.id,
                review.getAgency(),
                review.getPosition().orElse(null),
                review.getAnsweredBy().orElse(null),
                review.getActingFor().orElse(null),
                review.getAnsweredAt().orElse(null),
                review.getOverdueSince().orElse(null),
                (review.isAnswered() ? 1 : 0) + (review.getOverdueSince().isPresent() ? 1 : 0)));
        List<ReviewComment> comments = review.getComments();
        for (int i = 0; i < comments.size(); i++) {
          ReviewComment comment = comments.get(i);
          commentRows.add(
              new CommentRow(
                  commentIds.get(comment),
                  reviewId,
                  i,
                  comment.getType(),
                  comment.getText(),
                  comment.getAccepted().orElse(null),
                  comment.getResolutionReason().orElse(null),
                  comment.getResolvedBy().orElse(null),
                  comment.getResolvedAt().orElse(null),
                  comment.isResolved() ? 1 : 0));
        }
      }
    }
    commentRows.sort(Comparator.comparingLong(CommentRow::id));
    return new GeneratedProposal(
        proposal,
        List.copyOf(versions),
        roundRows,
        reviewRows,
        commentRows,
        List.copyOf(decisions),
        List.copyOf(findings),
        List.copyOf(events),
        classification,
        viewers());
  }

  /** Who may open this proposal and see it: the people a view event can name. */
  private List<String> viewers() {
    Set<String> viewers = new LinkedHashSet<>();
    viewers.add(track.envoy());
    if (classification != Classification.TOP_SECRET) {
      viewers.addAll(track.staff());
      viewers.add(World.AUDITOR);
    }
    for (Agency agency : routed) {
      World.REVIEWERS.get(agency).stream()
          .filter(r -> r.clearance().dominates(classification))
          .forEach(r -> viewers.add(r.username()));
    }
    if (reachedDeciders) {
      viewers.add(World.DEPUTY);
      viewers.add(World.PRINCIPAL);
    }
    return List.copyOf(viewers);
  }

  /** A clearance round as replayed, with the ids its rows get. */
  private static final class RoundRecord {
    final long id;
    final ClearanceRound round;
    final Map<Agency, Long> reviewIds = new java.util.EnumMap<>(Agency.class);
    long version;

    RoundRecord(long id, ClearanceRound round) {
      this.id = id;
      this.round = round;
    }
  }
}
