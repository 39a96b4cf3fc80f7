package org.parley.decision.infrastructure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.parley.clearance.domain.CommentType;
import org.parley.clearance.domain.Position;
import org.parley.clearance.domain.RoundOutcome;
import org.parley.decision.application.Memo;
import org.parley.decision.application.Memo.AgencyLine;
import org.parley.decision.application.Memo.ClearanceSheet;
import org.parley.decision.application.Memo.CommentLine;
import org.parley.decision.application.Memo.DecisionBlock;
import org.parley.decision.application.Memo.LedgerPhase;
import org.parley.decision.application.Memo.LedgerStep;
import org.parley.decision.application.Memo.OurSide;
import org.parley.decision.application.Memo.SpentInstrument;
import org.parley.decision.application.Memo.TheirSide;
import org.parley.decision.domain.DecisionOutcome;
import org.parley.ledger.domain.Finding;
import org.parley.ledger.domain.RuleName;
import org.parley.ledger.domain.Severity;
import org.parley.proposal.domain.OurCategory;
import org.parley.proposal.domain.TheirCategory;
import org.parley.shared.Agency;
import org.parley.shared.Classification;
import org.parley.shared.ProposalStatus;
import org.parley.shared.Reversibility;
import org.parley.shared.Verification;

/** Memos for the renderer's tests: the demo's DPRK-2026-0003 awaiting decision, and variants. */
final class MemoFixtures {

  static final Instant OPENED = Instant.parse("2026-10-12T09:00:00Z");
  static final String DISSENT =
      "The exercise pause costs readiness that we cannot restore within a season.";
  static final String CHANGES = "Name the verification for the missile limit.";

  private MemoFixtures() {}

  /** Two phases of two steps; State and Energy concur, Defense dissents, Treasury is silent. */
  static Memo awaitingDecision() {
    return memo(Classification.SECRET, ProposalStatus.AWAITING_DECISION, twoPhases(), null);
  }

  static Memo memo(
      Classification marking,
      ProposalStatus status,
      List<LedgerPhase> ledger,
      DecisionBlock decision) {
    return new Memo(
        marking,
        "DPRK-2026-0003",
        "Exercise pause for a missile test moratorium",
        "DPRK denuclearization — working level",
        2,
        status,
        Instant.parse("2026-10-20T08:30:00Z"),
        "Pat Principal (principal)",
        "Pause the spring field exercise in exchange for a verified test moratorium.",
        ledger,
        List.of(
            new Finding(
                RuleName.BEST_LEVERAGE_FOR_REVERSIBLE,
                Severity.BLOCKING,
                1,
                2,
                "A tier-1 instrument is spent for a step they can easily reverse."),
            new Finding(
                RuleName.FRONT_LOADING,
                Severity.WARNING,
                1,
                null,
                "By the end of phase 1 we give more than we get."),
            new Finding(
                RuleName.UNVERIFIABLE,
                Severity.WARNING,
                null,
                null,
                "One step has no verification.")),
        round(),
        decision);
  }

  static List<LedgerPhase> twoPhases() {
    return List.of(
        new LedgerPhase(
            1,
            "Pause and moratorium",
            List.of(
                step(1, "Pause the spring field exercise", "Declare a missile test moratorium"),
                new LedgerStep(
                    2,
                    new OurSide(
                        OurCategory.SANCTIONS_RELIEF,
                        "Lift the coal export cap",
                        Reversibility.REVERSIBLE_AT_COST,
                        new SpentInstrument("UN sanctions on coal", 1)),
                    new TheirSide(
                        TheirCategory.INSPECTOR_ACCESS,
                        "Readmit inspectors to Sohae",
                        Reversibility.EASILY_REVERSIBLE,
                        Verification.IAEA_INSPECTION)))),
        new LedgerPhase(
            2,
            "Liaison",
            List.of(step(1, "Open a liaison office", "Repatriate remains of service members"))));
  }

  /** {@code phases} phases of {@code steps} steps each, with numbered descriptions. */
  static List<LedgerPhase> longLedger(int phases, int steps) {
    List<LedgerPhase> ledger = new ArrayList<>();
    for (int p = 1; p <= phases; p++) {
      List<LedgerStep> rows = new ArrayList<>();
      for (int s = 1; s <= steps; s++) {
        rows.add(step(s, "Our step " + p + "-" + s, "Their step " + p + "-" + s));
      }
      ledger.add(new LedgerPhase(p, "Phase title " + p, rows));
    }
    return ledger;
  }

  static LedgerStep step(int number, String ours, String theirs) {
    return new LedgerStep(
        number,
        new OurSide(OurCategory.EXERCISE_ADJUSTMENT, ours, Reversibility.EASILY_REVERSIBLE, null),
        new TheirSide(
            TheirCategory.TEST_MORATORIUM,
            theirs,
            Reversibility.EASILY_REVERSIBLE,
            Verification.NATIONAL_TECHNICAL_MEANS));
  }

  static ClearanceSheet round() {
    return new ClearanceSheet(
        OPENED,
        OPENED.plusSeconds(7 * 86400),
        false,
        false,
        RoundOutcome.CLEARED,
        List.of(
            new AgencyLine(
                Agency.STATE,
                Position.CONCUR,
                "Lee State (state-lead)",
                "STATE",
                OPENED.plusSeconds(3600),
                null,
                List.of()),
            new AgencyLine(
                Agency.DEFENSE,
                Position.NON_CONCUR,
                "Dee Defense (defense)",
                "DEFENSE",
                OPENED.plusSeconds(7200),
                null,
                List.of(new CommentLine(CommentType.CRITICAL, DISSENT, null, null))),
            new AgencyLine(
                Agency.ENERGY,
                Position.CONCUR_WITH_COMMENTS,
                "Erin Energy (energy)",
                "ENERGY",
                OPENED.plusSeconds(10800),
                null,
                List.of(
                    new CommentLine(
                        CommentType.SUBSTANTIVE,
                        "Say which sites the moratorium covers.",
                        false,
                        "Every site is covered; the annex lists them."))),
            new AgencyLine(
                Agency.NSC,
                Position.CHANGES_REQUESTED,
                "Nia NSC (nsc)",
                "NSC",
                OPENED.plusSeconds(14400),
                null,
                List.of(new CommentLine(CommentType.MAJOR, CHANGES, true, null))),
            new AgencyLine(
                Agency.TREASURY,
                null,
                null,
                null,
                null,
                OPENED.plusSeconds(8 * 86400),
                List.of())));
  }

  static DecisionBlock approvedWithOverride() {
    return new DecisionBlock(
        DecisionOutcome.APPROVED_WITH_CONDITIONS,
        "A first step both sides can take now.",
        "Inspectors return within 90 days.",
        "Pat Principal (principal)",
        Instant.parse("2026-10-21T16:00:00Z"),
        "The coal cap snaps back by resolution; the risk is accepted.");
  }
}
