package org.parley.decision.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.parley.clearance.domain.CommentType;
import org.parley.clearance.domain.Position;
import org.parley.clearance.domain.RoundOutcome;
import org.parley.decision.domain.DecisionOutcome;
import org.parley.ledger.domain.Finding;
import org.parley.proposal.domain.OurCategory;
import org.parley.proposal.domain.TheirCategory;
import org.parley.shared.Agency;
import org.parley.shared.Classification;
import org.parley.shared.ProposalStatus;
import org.parley.shared.Reversibility;
import org.parley.shared.Verification;

/**
 * What a decision memo says about one submitted version of a proposal, assembled by {@link
 * DecisionMemo} from the services that own each part and printed by {@link MemoRenderer}. Values
 * only: every rule about who may read it was applied while assembling it.
 *
 * @param marking the classification every page is marked with
 * @param versionNumber the submitted version the memo is about
 * @param status the proposal's status when the memo was generated
 * @param findings the reciprocity findings the version was submitted with, in ledger order
 * @param clearance the version's clearance round, {@code null} when it has none
 * @param decision the decision on this version, {@code null} while none is taken
 */
public record Memo(
    Classification marking,
    String reference,
    String title,
    String track,
    int versionNumber,
    ProposalStatus status,
    Instant generatedAt,
    String generatedBy,
    String summary,
    List<LedgerPhase> ledger,
    List<Finding> findings,
    ClearanceSheet clearance,
    DecisionBlock decision) {

  public Memo {
    Objects.requireNonNull(marking);
    Objects.requireNonNull(reference);
    ledger = List.copyOf(ledger);
    findings = List.copyOf(findings);
  }

  /** A phase of the ledger, numbered from 1, with its reciprocal steps. */
  public record LedgerPhase(int number, String title, List<LedgerStep> steps) {
    public LedgerPhase {
      steps = List.copyOf(steps);
    }
  }

  /** One reciprocal step, numbered from 1 within its phase: our action for theirs. */
  public record LedgerStep(int number, OurSide ours, TheirSide theirs) {}

  /**
   * Our action.
   *
   * @param instrument the instrument of the leverage register it spends, {@code null} when it names
   *     none
   */
  public record OurSide(
      OurCategory category,
      String description,
      Reversibility reversibility,
      SpentInstrument instrument) {}

  /**
   * An instrument of the leverage register, as the memo names it.
   *
   * @param tier 1 (our best leverage) to 3, {@code null} when the register no longer has it
   */
  public record SpentInstrument(String name, Integer tier) {}

  /** Their action and how we would verify it. */
  public record TheirSide(
      TheirCategory category,
      String description,
      Reversibility reversibility,
      Verification verification) {}

  /**
   * The version's clearance round: every agency's slot.
   *
   * @param outcome how the round ended, {@code null} while open or when cancelled
   */
  public record ClearanceSheet(
      Instant openedAt,
      Instant dueAt,
      boolean open,
      boolean cancelled,
      RoundOutcome outcome,
      List<AgencyLine> agencies) {

    public ClearanceSheet {
      agencies = List.copyOf(agencies);
    }

    /** The agencies that concur, with or without comments. */
    public List<AgencyLine> concurring() {
      return withPosition(EnumSet.of(Position.CONCUR, Position.CONCUR_WITH_COMMENTS));
    }

    /** The agencies that do not concur: the dissents. */
    public List<AgencyLine> dissenting() {
      return withPosition(EnumSet.of(Position.NON_CONCUR));
    }

    /** The agencies that asked for changes before they would concur. */
    public List<AgencyLine> requestingChanges() {
      return withPosition(EnumSet.of(Position.CHANGES_REQUESTED));
    }

    /** The agencies that have taken no position yet. */
    public List<AgencyLine> pending() {
      return agencies.stream().filter(a -> a.position() == null).toList();
    }

    private List<AgencyLine> withPosition(Set<Position> wanted) {
      return agencies.stream()
          .filter(a -> a.position() != null && wanted.contains(a.position()))
          .toList();
    }
  }

  /**
   * One agency's slot in the round.
   *
   * @param position its position, {@code null} while it has none
   * @param by who took the position, as the memo names them (display name and username), {@code
   *     null} while pending
   * @param actingFor the agency the position was taken for, as recorded, {@code null} while pending
   * @param overdueSince when the slot was found silent past the due date, {@code null} if never
   */
  public record AgencyLine(
      Agency agency,
      Position position,
      String by,
      String actingFor,
      Instant at,
      Instant overdueSince,
      List<CommentLine> comments) {

    public AgencyLine {
      comments = List.copyOf(comments);
    }
  }

  /**
   * A typed comment with the drafters' answer.
   *
   * @param accepted whether the drafters accepted it, {@code null} while unanswered
   * @param reason their reason for rejecting it, {@code null} if none
   */
  public record CommentLine(CommentType type, String text, Boolean accepted, String reason) {}

  /**
   * The decision on this version.
   *
   * @param conditions {@code null} unless approved with conditions
   * @param decidedBy who decided, as the memo names them
   * @param overrideJustification why a blocking finding was overridden, {@code null} when none was
   */
  public record DecisionBlock(
      DecisionOutcome outcome,
      String rationale,
      String conditions,
      String decidedBy,
      Instant decidedAt,
      String overrideJustification) {}

  /**
   * Whether the version still waits for its decision: in clearance or awaiting a decision, with
   * none taken. A version returned by its round, withdrawn or superseded never gets one.
   */
  public boolean decisionPending() {
    return decision == null
        && (status == ProposalStatus.IN_CLEARANCE || status == ProposalStatus.AWAITING_DECISION);
  }

  /** Every text the memo prints that came from people rather than from Parley's own texts. */
  public Stream<String> freeTexts() {
    List<String> texts =
        new ArrayList<>(Arrays.asList(reference, title, track, generatedBy, summary));
    for (LedgerPhase phase : ledger) {
      texts.add(phase.title());
      for (LedgerStep step : phase.steps()) {
        texts.add(step.ours().description());
        if (step.ours().instrument() != null) {
          texts.add(step.ours().instrument().name());
        }
        texts.add(step.theirs().description());
      }
    }
    findings.forEach(finding -> texts.add(finding.explanation()));
    if (clearance != null) {
      for (AgencyLine agency : clearance.agencies()) {
        texts.add(agency.by());
        texts.add(agency.actingFor());
        agency.comments().forEach(c -> texts.addAll(Arrays.asList(c.text(), c.reason())));
      }
    }
    if (decision != null) {
      texts.addAll(
          Arrays.asList(
              decision.rationale(),
              decision.conditions(),
              decision.decidedBy(),
              decision.overrideJustification()));
    }
    return texts.stream().filter(Objects::nonNull);
  }
}
