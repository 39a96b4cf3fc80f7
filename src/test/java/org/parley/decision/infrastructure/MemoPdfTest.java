package org.parley.decision.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.decision.infrastructure.MemoFixtures.approvedWithOverride;
import static org.parley.decision.infrastructure.MemoFixtures.awaitingDecision;
import static org.parley.decision.infrastructure.MemoFixtures.longLedger;
import static org.parley.decision.infrastructure.MemoFixtures.memo;
import static org.parley.decision.infrastructure.MemoFixtures.twoPhases;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.decision.application.Memo;
import org.parley.decision.application.Memo.LedgerPhase;
import org.parley.shared.Classification;
import org.parley.shared.ProposalStatus;
import org.parley.support.PdfText;

/**
 * The decision memo as a PDF reader sees it: its text is extracted with PDFBox, not with OpenPDF
 * that wrote it.
 */
class MemoPdfTest {

  static final List<String> SECTIONS =
      List.of(
          "Summary", "Ledger", "Reciprocity findings", "Clearance sheet", "Split memo", "Decision");

  private final MemoPdf renderer = new MemoPdf();

  private PdfText render(Memo memo) {
    byte[] pdf = renderer.render(memo);
    assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
    return PdfText.read(pdf);
  }

  @Test
  void theTitleBlockNamesTheVersionAndWhoGeneratedItWhen() {
    PdfText pdf = render(awaitingDecision());

    String text = pdf.flat();
    assertTrue(text.startsWith("SECRET Decision memorandum"), text);
    for (String fact :
        List.of(
            "Exercise pause for a missile test moratorium",
            "Reference DPRK-2026-0003",
            "Track DPRK denuclearization — working level",
            "Version 2",
            "Status Awaiting decision",
            "Classification SECRET",
            "Generated 2026-10-20 08:30 UTC by Pat Principal (principal)")) {
      assertTrue(text.contains(fact), fact + " in " + text);
    }
    assertEquals("DPRK-2026-0003 v2 decision memo", pdf.title());
  }

  @Test
  void everySectionFollowsInOrder() {
    PdfText pdf = render(awaitingDecision());

    int previous = pdf.indexOf("Decision memorandum");
    for (String section : SECTIONS) {
      int at = pdf.flat().indexOf(" " + section + " ", previous + 1);
      assertTrue(at > previous, section + " after the previous section in " + pdf.flat());
      previous = at;
    }
    assertTrue(
        pdf.flat()
            .contains(
                "Summary Pause the spring field exercise in exchange for a verified test"
                    + " moratorium."),
        pdf.flat());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "UNCLASSIFIED, UNCLASSIFIED",
    "CONFIDENTIAL, CONFIDENTIAL",
    "SECRET, SECRET",
    "TOP_SECRET, TOP SECRET"
  })
  void everyPageIsMarkedAtItsTopAndBottom(Classification marking, String printed) {
    PdfText pdf = render(memo(marking, ProposalStatus.AWAITING_DECISION, longLedger(3, 12), null));

    assertTrue(pdf.pageCount() >= 3, "a long ledger runs over pages: " + pdf.pageCount());
    for (int page = 0; page < pdf.pageCount(); page++) {
      assertEquals(printed, pdf.tops().get(page), "top of page " + (page + 1));
      assertEquals(printed, pdf.bottoms().get(page), "bottom of page " + (page + 1));
    }
  }

  @Test
  void aLongLedgerKeepsEveryRowAndNumbersThePages() {
    PdfText pdf =
        render(
            memo(Classification.SECRET, ProposalStatus.AWAITING_DECISION, longLedger(4, 10), null));

    int pages = pdf.pageCount();
    assertTrue(pages >= 3, "pages: " + pages);
    for (int page = 1; page <= pages; page++) {
      String text = pdf.pages().get(page - 1);
      assertTrue(text.contains("Page " + page + " of " + pages), page + ": " + text);
      assertTrue(text.contains("DPRK-2026-0003, version 2: decision memo"), text);
    }
    String text = pdf.flat();
    for (int p = 1; p <= 4; p++) {
      assertTrue(text.contains("Phase " + p + ": Phase title " + p), "phase " + p);
      for (int s = 1; s <= 10; s++) {
        String row = p + "." + s + " Exercise adjustment Test moratorium";
        assertTrue(text.contains(row), row);
        assertTrue(text.contains("Our step " + p + "-" + s + " Their step " + p + "-" + s), row);
      }
    }
    long headers =
        pdf.pages().stream().filter(t -> t.contains("Step Our action Their action")).count();
    assertTrue(headers >= 2, "the ledger's header repeats on the pages it runs over: " + headers);
  }

  @Test
  void theLedgerPairsOurActionWithTheirsStepByStep() {
    String text = render(awaitingDecision()).flat();

    assertTrue(text.contains("Step Our action Their action"), text);
    assertTrue(text.contains("Phase 1: Pause and moratorium"), text);
    assertTrue(text.contains("1.1 Exercise adjustment Test moratorium"), text);
    assertTrue(
        text.contains("Pause the spring field exercise Declare a missile test moratorium"), text);
    assertTrue(
        text.contains("Reversibility: Easily reversible Reversibility: Easily reversible"), text);
    assertTrue(text.contains("Verification: National technical means"), text);
    assertTrue(text.contains("1.2 Sanctions relief Inspector access"), text);
    assertTrue(text.contains("Lift the coal export cap Readmit inspectors to Sohae"), text);
    assertTrue(
        text.contains(
            "Reversibility: Reversible at cost Reversibility: Easily reversible"
                + " Instrument spent: UN sanctions on coal (tier 1) Verification: IAEA inspection"),
        text);
    assertTrue(text.contains("Phase 2: Liaison 2.1 Exercise adjustment"), text);
  }

  @Test
  void findingsNameRuleSeverityPlaceAndExplanation() {
    String text = render(awaitingDecision()).flat();

    assertTrue(text.contains("Rule Severity Where Explanation"), text);
    // A cell's text wraps in its column: the reader gives each line of the row in turn.
    assertTrue(
        text.contains(
            "Best leverage for a Blocking Phase 1, step 2 A tier-1 instrument is spent for a step"
                + " they can easily reversible step reverse."),
        text);
    assertTrue(text.contains("Front-loading Warning Phase 1 By the end of phase 1"), text);
    assertTrue(text.contains("Unverifiable Warning Whole ledger One step has no"), text);
  }

  @Test
  void aVersionWithoutFindingsSaysSo() {
    Memo clean = awaitingDecision();
    clean =
        new Memo(
            clean.marking(),
            clean.reference(),
            clean.title(),
            clean.track(),
            clean.versionNumber(),
            clean.status(),
            clean.generatedAt(),
            clean.generatedBy(),
            clean.summary(),
            clean.ledger(),
            List.of(),
            clean.clearance(),
            clean.decision());

    String text = render(clean).flat();

    assertTrue(
        text.contains(
            "Reciprocity findings The reciprocity check found nothing to flag in this version."),
        text);
  }

  @Test
  void theClearanceSheetListsEveryAgencyWithWhoWhenAndForWhom() {
    String text = render(awaitingDecision()).flat();

    assertTrue(
        text.contains(
            "Clearance round for version 2: opened 2026-10-12 09:00 UTC, due 2026-10-19 09:00"
                + " UTC. Closed: Cleared."),
        text);
    assertTrue(text.contains("Agency Position Taken by When Acting for"), text);
    assertTrue(
        text.contains("State Concur Lee State (state-lead) 2026-10-12 10:00 UTC State"), text);
    assertTrue(
        text.contains("Defense Non-concur Dee Defense (defense) 2026-10-12 11:00 UTC Defense"),
        text);
    assertTrue(
        text.contains(
            "Energy Concur with Erin Energy (energy) 2026-10-12 12:00 UTC Energy comments"),
        text);
    assertTrue(text.contains("NSC staff Changes requested Nia NSC (nsc)"), text);
    // Treasury's position wraps in its column ("overdue since 2026-10-20 09:00 UTC").
    assertTrue(text.contains("Treasury No position yet: — — — overdue since 2026-"), text);
  }

  @Test
  void theSplitMemoNamesWhoConcursAndWhoDissentsAndWhy() {
    String text = render(awaitingDecision()).flat();
    String split = text.substring(text.indexOf("Split memo"), text.lastIndexOf(" Decision "));

    assertTrue(
        split.contains(
            "Concur (2) State: Concur, by Lee State (state-lead), 2026-10-12 10:00 UTC Energy:"
                + " Concur with comments, by Erin Energy (energy), 2026-10-12 12:00 UTC"
                + " Substantive: Say which sites the moratorium covers. The drafters rejected it:"
                + " Every site is covered; the annex lists them."),
        split);
    assertTrue(
        split.contains(
            "Dissent: non-concur (1) Defense: Non-concur, by Dee Defense (defense), 2026-10-12"
                + " 11:00 UTC Critical: "
                + MemoFixtures.DISSENT
                + " Changes requested (1)"),
        split);
    assertTrue(
        split.contains(
            "Changes requested (1) NSC staff: Changes requested, by Nia NSC (nsc), 2026-10-12"
                + " 13:00 UTC Major: "
                + MemoFixtures.CHANGES
                + " The drafters accepted it."),
        split);
    assertTrue(
        split.contains("No position yet (1) Treasury: No position yet: overdue since"), split);
  }

  @Test
  void aRoundWithoutDissentSaysSo() {
    Memo memo = awaitingDecision();
    Memo.ClearanceSheet round = memo.clearance();
    Memo allConcur =
        withRound(
            memo,
            new Memo.ClearanceSheet(
                round.openedAt(),
                round.dueAt(),
                false,
                false,
                round.outcome(),
                List.of(round.agencies().get(0))));

    String text = render(allConcur).flat();

    assertTrue(text.contains("Dissent: non-concur (0) No agency dissents."), text);
    assertFalse(text.contains("Changes requested ("), text);
    assertFalse(text.contains("No position yet ("), text);
  }

  @Test
  void aPendingDecisionLeavesBlankLinesToSign() {
    String text = render(awaitingDecision()).flat();
    String decision = text.substring(text.lastIndexOf(" Decision ") + 1);

    assertTrue(
        decision.startsWith(
            "Decision No decision has been taken on version 2 (status: Awaiting decision)."),
        decision);
    assertTrue(
        decision.contains(
            "Decision: ______________________________ Signature: ______________________________"
                + " Date: ______________________________"),
        decision);
  }

  @Test
  void aTakenDecisionShowsOutcomeRationaleConditionsWhoWhenAndTheOverride() {
    String text =
        render(
                memo(
                    Classification.SECRET,
                    ProposalStatus.APPROVED,
                    twoPhases(),
                    approvedWithOverride()))
            .flat();
    String decision = text.substring(text.lastIndexOf(" Decision ") + 1);

    assertTrue(
        decision.contains(
            "Outcome Approved with conditions Rationale A first step both sides can take now."
                + " Conditions Inspectors return within 90 days. Decided by Pat Principal"
                + " (principal) Decided at 2026-10-21 16:00 UTC Blocking finding overridden Yes."
                + " Justification: The coal cap snaps back by resolution; the risk is accepted."),
        decision);
    assertFalse(decision.contains("Signature: ___"), decision);
    assertTrue(text.contains("Status Approved"), text);
  }

  @Test
  void aDecisionWithoutOverrideSaysNoneWasOverridden() {
    Memo.DecisionBlock approved =
        new Memo.DecisionBlock(
            org.parley.decision.domain.DecisionOutcome.APPROVED,
            "Sound.",
            null,
            "Drew Deputy (deputy)",
            java.time.Instant.parse("2026-10-22T10:00:00Z"),
            null);

    String text =
        render(memo(Classification.SECRET, ProposalStatus.APPROVED, twoPhases(), approved)).flat();

    assertTrue(
        text.contains(
            "Outcome Approved Rationale Sound. Decided by Drew Deputy (deputy) Decided at"
                + " 2026-10-22 10:00 UTC Blocking finding overridden No"),
        text);
    assertFalse(text.contains("Conditions"), text);
  }

  @Test
  void aVersionThatWillNeverBeDecidedHasNoSignatureLines() {
    String text =
        render(memo(Classification.SECRET, ProposalStatus.WITHDRAWN, twoPhases(), null)).flat();

    assertTrue(text.contains("No decision has been taken on version 2 (status: Withdrawn)."), text);
    assertFalse(text.contains("Signature: ___"), text);
  }

  @Test
  void dashesAndAccentsSurviveAndKoreanScriptIsReplacedVisibly() {
    Memo memo = awaitingDecision();
    List<LedgerPhase> ledger =
        List.of(
            new LedgerPhase(
                1,
                "Café talks — phase one",
                List.of(
                    MemoFixtures.step(
                        1, "Envoy meets Kim Yo-jong (김여정) in Panmunjom", "Déclaration – “full”"))));
    Memo special =
        new Memo(
            memo.marking(),
            memo.reference(),
            "Résumé of the Sohae talks — €5 m",
            memo.track(),
            memo.versionNumber(),
            memo.status(),
            memo.generatedAt(),
            memo.generatedBy(),
            "Naïve façade — Zürich, São Paulo; 평양 😀.",
            ledger,
            memo.findings(),
            memo.clearance(),
            memo.decision());

    String text = render(special).flat();

    assertTrue(text.contains("Résumé of the Sohae talks — €5 m"), text);
    assertTrue(text.contains("Phase 1: Café talks — phase one"), text);
    assertTrue(text.contains("Déclaration – “full”"), text);
    assertTrue(text.contains("Naïve façade — Zürich, São Paulo; ?? ?."), text);
    assertTrue(text.contains("Kim Yo-jong (???) in Panmunjom"), text);
    assertTrue(
        text.contains(
            "Note: 6 character(s) of this memo cannot be shown in its standard font (Korean"
                + " script, for example) and are printed as \"?\"."),
        text);
  }

  @Test
  void aMemoWithNothingUnprintableCarriesNoNote() {
    assertFalse(render(awaitingDecision()).flat().contains("cannot be shown"));
  }

  private static Memo withRound(Memo memo, Memo.ClearanceSheet round) {
    return new Memo(
        memo.marking(),
        memo.reference(),
        memo.title(),
        memo.track(),
        memo.versionNumber(),
        memo.status(),
        memo.generatedAt(),
        memo.generatedBy(),
        memo.summary(),
        memo.ledger(),
        memo.findings(),
        round,
        memo.decision());
  }
}
