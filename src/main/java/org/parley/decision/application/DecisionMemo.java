package org.parley.decision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.access.application.Caller;
import org.parley.access.application.CurrentUser;
import org.parley.audit.application.AuditTrail;
import org.parley.clearance.application.ClearanceService;
import org.parley.clearance.application.ClearanceView;
import org.parley.clearance.application.ClearanceView.CommentView;
import org.parley.clearance.application.ClearanceView.PositionView;
import org.parley.decision.application.Memo.AgencyLine;
import org.parley.decision.application.Memo.ClearanceSheet;
import org.parley.decision.application.Memo.CommentLine;
import org.parley.decision.application.Memo.DecisionBlock;
import org.parley.decision.application.Memo.LedgerPhase;
import org.parley.decision.application.Memo.LedgerStep;
import org.parley.decision.application.Memo.OurSide;
import org.parley.decision.application.Memo.SpentInstrument;
import org.parley.decision.application.Memo.TheirSide;
import org.parley.identity.application.UserAccountService;
import org.parley.ledger.application.InstrumentService;
import org.parley.ledger.application.InstrumentView;
import org.parley.ledger.domain.Finding;
import org.parley.proposal.application.LedgerStepView;
import org.parley.proposal.application.ProposalFindings;
import org.parley.proposal.application.ProposalQueries;
import org.parley.proposal.application.ProposalView;
import org.parley.proposal.domain.ProposalContent;
import org.parley.shared.Classification;
import org.parley.shared.ConflictException;

/**
 * The decision memo of a proposal: its latest submitted version with the ledger, the findings it
 * was submitted with, every agency's position, the split between concurrence and dissent, and the
 * decision (or an empty decision block while none is taken), as a PDF to print and sign (printed by
 * a {@link MemoRenderer}). Each part comes from the service that owns it, with that service's own
 * checks.
 */
@ApplicationScoped
@Transactional
public class DecisionMemo {

  @Inject private ProposalQueries proposals;
  @Inject private ClearanceService clearance;
  @Inject private DecisionService decisions;
  @Inject private ProposalFindings findings;
  @Inject private InstrumentService instruments;
  @Inject private UserAccountService accounts;
  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  @Inject private MemoRenderer pdf;

  /**
   * The memo of the proposal's latest submitted version, as a PDF file. Whoever may see the
   * proposal and its clearance round (else "not found", exactly as for a missing proposal); a
   * proposal that was never submitted has no memo (409, "conflict"). A classified memo is a view of
   * classified content and goes on the audit trail, as the pages' views do.
   *
   * @param what where the memo is opened from, for the audit trail (e.g. "decision page")
   */
  public MemoFile memo(long proposalId, String what) {
    Memo memo = assemble(proposalId, what);
    return new MemoFile(
        fileName(memo.reference(), memo.versionNumber()), pdf.render(memo), memo.marking());
  }

  /** The memo's content, its access checked and audited as {@link #memo} says. */
  Memo assemble(long proposalId, String what) {
    String opened = "decision memo (PDF) from " + what;
    ProposalView proposal = proposals.open(proposalId, opened);
    int number = proposal.versionNumber();
    if (number == 0) {
      throw new ConflictException(
          proposal.reference()
              + " has never been submitted: a decision memo covers a submitted version.");
    }
    ProposalContent version = proposals.versionContent(proposalId, number);
    ClearanceView round =
        clearance
            .findClearance(proposalId)
            .filter(latest -> latest.versionNumber() == number)
            .orElse(null);
    Classification marking = higher(version.classification(), proposal.classification());
    if (proposal.classification() == Classification.UNCLASSIFIED
        && marking != Classification.UNCLASSIFIED) {
      // The version is marked higher than the proposal is now: reading it is still a view of
      // classified content, which ProposalQueries.open records only by the current marking.
      audit.recordView(currentUser.caller().username(), proposalId, marking.name(), opened);
    }
    Names names = new Names();
    List<List<LedgerStepView>> steps = LedgerStepView.of(version);
    return new Memo(
        marking,
        proposal.reference(),
        version.title(),
        proposals.track(proposal.trackId()).name(),
        number,
        proposal.status(),
        clock.instant(),
        names.of(currentUser.caller().username()),
        version.summary(),
        ledger(version, steps, instrumentsOf(steps)),
        findings.submitted(proposalId, number).stream().sorted(Finding.LEDGER_ORDER).toList(),
        round == null ? null : sheet(round, names),
        decision(proposalId, number, names));
  }

  /** The file name offered for download: the reference and version, e.g. DPRK-2026-0003-v2. */
  static String fileName(String reference, int versionNumber) {
    String safe = reference.replaceAll("[^A-Za-z0-9-]", "_");
    return safe + "-v" + versionNumber + "-memo.pdf";
  }

  private static Classification higher(Classification a, Classification b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** The instruments the ledger spends, as the register has them now. */
  private Map<Long, InstrumentView> instrumentsOf(List<List<LedgerStepView>> steps) {
    return instruments.byIds(
        steps.stream()
            .flatMap(List::stream)
            .map(step -> step.ours().instrumentId())
            .filter(Objects::nonNull)
            .distinct()
            .toList());
  }

  private static List<LedgerPhase> ledger(
      ProposalContent version,
      List<List<LedgerStepView>> steps,
      Map<Long, InstrumentView> register) {
    List<LedgerPhase> phases = new ArrayList<>();
    for (int p = 0; p < steps.size(); p++) {
      List<LedgerStep> rows = new ArrayList<>();
      for (int s = 0; s < steps.get(p).size(); s++) {
        LedgerStepView step = steps.get(p).get(s);
        rows.add(new LedgerStep(s + 1, ours(step.ours(), register), theirs(step.theirs())));
      }
      phases.add(new LedgerPhase(p + 1, version.phases().get(p).title(), rows));
    }
    return phases;
  }

  private static OurSide ours(LedgerStepView.Ours ours, Map<Long, InstrumentView> register) {
    SpentInstrument spent = null;
    if (ours.instrumentId() != null) {
      InstrumentView found = register.get(ours.instrumentId());
      spent =
          found == null
              ? new SpentInstrument("Instrument " + ours.instrumentId(), null)
              : new SpentInstrument(found.name(), found.tier());
    }
    return new OurSide(ours.category(), ours.description(), ours.reversibility(), spent);
  }

  private static TheirSide theirs(LedgerStepView.Theirs theirs) {
    return new TheirSide(
        theirs.category(), theirs.description(), theirs.reversibility(), theirs.verification());
  }

  private static ClearanceSheet sheet(ClearanceView round, Names names) {
    List<AgencyLine> agencies =
        round.positions().stream()
            .sorted(Comparator.comparing(PositionView::agency))
            .map(slot -> agency(slot, names))
            .toList();
    return new ClearanceSheet(
        round.openedAt(),
        round.dueAt(),
        round.open(),
        round.cancelled(),
        round.outcome(),
        agencies);
  }

  private static AgencyLine agency(PositionView slot, Names names) {
    return new AgencyLine(
        slot.agency(),
        slot.position(),
        slot.by() == null ? null : names.of(slot.by()),
        slot.actingFor(),
        slot.at(),
        slot.overdueSince(),
        slot.comments().stream().map(DecisionMemo::comment).toList());
  }

  private static CommentLine comment(CommentView comment) {
    return comment.resolution() == null
        ? new CommentLine(comment.type(), comment.text(), null, null)
        : new CommentLine(
            comment.type(),
            comment.text(),
            comment.resolution().accepted(),
            comment.resolution().reason());
  }

  private DecisionBlock decision(long proposalId, int versionNumber, Names names) {
    return decisions.decisions(proposalId).stream()
        .filter(decision -> decision.versionNumber() == versionNumber)
        .reduce((earlier, later) -> later)
        .map(
            decision ->
                new DecisionBlock(
                    decision.outcome(),
                    decision.rationale(),
                    decision.conditions(),
                    names.of(decision.decidedBy()),
                    decision.decidedAt(),
                    decision.overrideJustification()))
        .orElse(null);
  }

  /** People as the memo names them, "Lee State (state-lead)", each account read once. */
  private final class Names {

    private final Map<String, String> known = new HashMap<>();

    String of(String username) {
      return known.computeIfAbsent(
          username,
          name ->
              accounts
                  .findCaller(name)
                  .map(Caller::displayName)
                  .map(display -> display + " (" + name + ")")
                  .orElse(name));
    }
  }
}
