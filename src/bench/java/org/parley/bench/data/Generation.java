package org.parley.bench.data;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.parley.audit.domain.AuditAction;
import org.parley.bench.data.Rows.EventRow;
import org.parley.shared.Agency;
import org.parley.shared.Classification;

/**
 * The data set as a sequence: proposal after proposal in the order they were created, over about
 * three years up to the anchor, each with its own random source derived from the seed and its index
 * (so the same seed always gives the same rows), and the audit events that fill the trail up to its
 * target: views of classified content by people who need to know it, a few refusals, and at the
 * very end failed sign-ins for whatever is still missing.
 */
final class Generation {

  /** How far back the data set reaches from the anchor. */
  static final Duration SPAN = Duration.ofDays(3 * 365);

  /** Creation grows over the span: the density of creations grows like t^(GROWTH - 1). */
  private static final double GROWTH = 1.5;

  private static final int MAX_FILLER_PER_PROPOSAL = 40;

  private final World world;
  private final Ids ids;
  private final Balance balance;
  private final long seed;
  private final Instant anchor;
  private final int count;
  private final long firstWorkSecond;
  private final long workSpan;
  private int next;

  Generation(World world, Ids ids, Balance balance, long seed, Instant anchor, int count) {
    this.world = world;
    this.ids = ids;
    this.balance = balance;
    this.seed = seed;
    this.anchor = anchor;
    this.count = count;
    this.firstWorkSecond = WorkingTime.seconds(anchor.minus(SPAN));
    this.workSpan = WorkingTime.seconds(anchor) - firstWorkSecond - 3600;
  }

  boolean hasNext() {
    return next < count;
  }

  /** When the next proposal is created: never earlier than any before it. */
  Instant nextCreation() {
    return createdAt(next, random(next));
  }

  /** The next proposal, its workflow's events and the views that fill its share of the trail. */
  GeneratedProposal next() {
    int index = next++;
    SplittableRandom random = random(index);
    Instant createdAt = createdAt(index, random);
    balance.proposals++;
    GeneratedProposal story = ProposalStory.tell(world, ids, balance, random, createdAt, anchor);
    List<EventRow> events = new ArrayList<>(story.events());
    balance.events += events.size();
    events.addAll(filler(story, random));
    return new GeneratedProposal(
        story.proposal(),
        story.versions(),
        story.rounds(),
        story.reviews(),
        story.comments(),
        story.decisions(),
        story.findings(),
        List.copyOf(events),
        story.classification(),
        story.viewers());
  }

  /** Failed sign-ins for whatever the trail still lacks once every proposal is told. */
  List<EventRow> closingEvents() {
    List<EventRow> events = new ArrayList<>();
    long missing = balance.eventDeficit();
    for (long i = missing; i > 0; i--) {
      Instant at = anchor.minusSeconds(60 * i);
      events.add(
          new EventRow(
              at,
              "unknown-user-" + (i % 7),
              null,
              AuditAction.SIGN_IN_FAILED,
              null,
              null,
              null,
              null,
              "Sign-in failed: failure 1 of the series; from 10.0.0." + (i % 250)));
      balance.events++;
    }
    return events;
  }

  private Instant createdAt(int index, SplittableRandom random) {
    // The first draw of the proposal's own source; nextCreation() draws it from a fresh copy.
    double jitter = random.nextDouble();
    double x = (index + jitter) / count;
    long offset = (long) (workSpan * Math.pow(x, 1 / GROWTH));
    return WorkingTime.instant(firstWorkSecond + offset);
  }

  private SplittableRandom random(int index) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
  }

  /**
   * Views of a classified proposal, by the people who need to know it, between its creation and
   * some weeks after its last move; one in twenty is a refusal of someone who does not.
   */
  private List<EventRow> filler(GeneratedProposal story, SplittableRandom random) {
    long quota = Math.min(MAX_FILLER_PER_PROPOSAL, balance.eventDeficit());
    if (story.classification() == Classification.UNCLASSIFIED || quota <= 0) {
      return List.of();
    }
    long id = story.proposal().id();
    Instant from = story.proposal().createdAt();
    Instant last = story.lastMove().plus(Duration.ofDays(20));
    Instant to = last.isAfter(anchor) ? anchor : last;
    long window = Math.max(1, to.getEpochSecond() - from.getEpochSecond());
    List<EventRow> views = new ArrayList<>();
    for (int i = 0; i < quota; i++) {
      Instant at = from.plusSeconds((long) (random.nextDouble() * window));
      if (random.nextDouble() < 0.05) {
        String outsider = outsider(story, random);
        views.add(
            new EventRow(
                at,
                outsider,
                null,
                AuditAction.ACCESS_REFUSED,
                id,
                null,
                null,
                null,
                "VIEW refused: NOT_FOUND PROPOSAL " + id + "."));
      } else {
        String viewer = Phrasebook.pick(story.viewers(), random);
        String what =
            viewer.equals(World.DEPUTY) || viewer.equals(World.PRINCIPAL)
                ? "decision memo"
                : Phrasebook.pick(Phrasebook.VIEWS, random);
        views.add(
            new EventRow(
                at,
                viewer,
                null,
                AuditAction.VIEWED,
                id,
                null,
                null,
                null,
                story.classification().name() + ": " + what));
      }
    }
    balance.events += views.size();
    return views;
  }

  /** A reviewer of an agency the proposal was never routed to, who may not see it. */
  private static String outsider(GeneratedProposal story, SplittableRandom random) {
    List<String> outsiders = new ArrayList<>();
    for (Agency agency : Agency.values()) {
      if (!story.proposal().routedAgencies().contains(agency)) {
        outsiders.add(World.REVIEWERS.get(agency).get(0).username());
      }
    }
    return outsiders.isEmpty() ? "iran-envoy" : Phrasebook.pick(outsiders, random);
  }
}
