package org.parley.proposal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.support.ProposalScenario.content;
import static org.parley.support.ProposalScenario.ours;
import static org.parley.support.ProposalScenario.phase;
import static org.parley.support.ProposalScenario.step;
import static org.parley.support.ProposalScenario.theirs;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.support.Api;
import org.parley.support.LeverageRegister;
import org.parley.support.ProposalScenario;
import org.parley.support.Workflow;
import org.parley.support.browser.Browser;
import org.parley.support.browser.BrowserExtension;
import org.parley.support.browser.Browsers;
import org.parley.support.browser.ProposalEditorPage;
import org.parley.support.browser.ProposalEditorPage.ShownFinding;
import org.parley.support.browser.SignInPage;
import org.parley.support.database.DatabaseNeutral;

/**
 * The reciprocity check live in the editor (issue 6): findings appear and go as the drafter edits,
 * without saving anything.
 *
 * <p>The drafts are built so that only the rule under test can fire, whatever front-loading
 * threshold another test has set: we are never ahead (we spend no more than we receive by the end
 * of any phase).
 */
@DatabaseNeutral("findings computed in Java as the drafter edits; nothing is saved")
@ExtendWith(BrowserExtension.class)
class LiveFindingsBrowserIT {

  static final String BEST_LEVERAGE = "Test register: UN sanctions on coal exports";
  static final String LESSER_LEVERAGE = "Test register: spring combined exercise";

  private static long bestLeverage() {
    return LeverageRegister.instrument(BEST_LEVERAGE, "UN_SANCTIONS", 1, "REVERSIBLE_AT_COST");
  }

  private static long lesserLeverage() {
    return LeverageRegister.instrument(
        LESSER_LEVERAGE, "COMBINED_EXERCISE", 2, "EASILY_REVERSIBLE");
  }

  /**
   * One phase: a liaison office for a freeze they can easily reverse (inspected), then an exchange
   * of envoys for a declaration they cannot take back. No instrument spent yet.
   */
  private static JsonObject draft() {
    return content(
        "Live findings " + Workflow.token(),
        "Checked as drafted.",
        "CONFIDENTIAL",
        phase(
            "Freeze",
            step(
                ours("LIAISON_OFFICE", "Open a liaison office", "EASILY_REVERSIBLE"),
                theirs(
                    "FREEZE",
                    "Freeze the Yongbyon reactor",
                    "EASILY_REVERSIBLE",
                    "IAEA_INSPECTION")),
            step(
                ours("DIPLOMATIC_STEP", "Exchange envoys", "EASILY_REVERSIBLE"),
                theirs(
                    "DECLARATION",
                    "Declare every enrichment site",
                    "IRREVERSIBLE",
                    "IAEA_INSPECTION"))));
  }

  @Test
  void bestLeverageForAnEasilyReversibleStepIsBlockedAsItIsChosenAndClearsWhenFixedUnsaved(
      Browsers browsers) {
    bestLeverage();
    lesserLeverage();
    long id = ProposalScenario.create(draft());
    long version = ProposalScenario.proposal(id).getJsonNumber("version").longValue();
    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("drafter");
    ProposalEditorPage editor = ProposalEditorPage.open(browser, id);
    assertEquals(List.of(), editor.findings());
    assertTrue(editor.findingsPanel().contains("No findings"), editor.findingsPanel());
    assertTrue(
        editor.instrumentsOffered(0, 0).contains(BEST_LEVERAGE + " — tier 1"),
        editor.instrumentsOffered(0, 0).toString());
    editor.ourDescription(0, 1, "Exchange envoys, typed and not saved");

    editor.instrument(0, 0, BEST_LEVERAGE + " — tier 1");

    List<ShownFinding> shown = editor.findings();
    assertEquals(1, shown.size(), shown.toString());
    ShownFinding blocking = shown.get(0);
    assertEquals("BEST_LEVERAGE_FOR_REVERSIBLE", blocking.rule());
    assertEquals("BLOCKING", blocking.severity());
    assertEquals("1", blocking.phase());
    assertEquals("1", blocking.step());
    assertTrue(blocking.text().contains("Blocking"), blocking.text());
    assertTrue(blocking.text().contains("Best leverage for a reversible step"), blocking.text());
    assertTrue(blocking.text().contains("Phase 1, step 1"), blocking.text());
    assertTrue(blocking.text().contains(BEST_LEVERAGE), blocking.text());
    assertTrue(editor.findingsPanel().contains("1 blocking finding"), editor.findingsPanel());
    assertEquals(
        List.of("Blocking: Best leverage for a reversible step"), editor.stepMarkers(0, 0));
    assertEquals(List.of(), editor.stepMarkers(0, 1));
    assertEquals(
        "Exchange envoys, typed and not saved",
        editor.ourDescription(0, 1),
        "the check re-renders no input: what is typed stays");

    editor.theirReversibility(0, 0, "Irreversible");
    assertEquals(List.of(), editor.findings(), "their step cannot be taken back now");
    assertEquals(List.of(), editor.stepMarkers(0, 0));

    editor.theirReversibility(0, 0, "Easily reversible");
    assertEquals(List.of("BEST_LEVERAGE_FOR_REVERSIBLE"), rules(editor.findings()));
    editor.instrument(0, 0, LESSER_LEVERAGE + " — tier 2");
    assertEquals(List.of(), editor.findings(), "a lesser instrument for the same step");
    assertTrue(editor.findingsPanel().contains("No findings"), editor.findingsPanel());

    JsonObject stored = ProposalScenario.proposal(id);
    assertEquals(version, stored.getJsonNumber("version").longValue(), "nothing was saved");
    JsonObject storedStep =
        stored.getJsonArray("phases").getJsonObject(0).getJsonArray("steps").getJsonObject(0);
    assertTrue(storedStep.getJsonObject("ours").isNull("instrumentId"), storedStep.toString());
    assertEquals(
        "EASILY_REVERSIBLE", storedStep.getJsonObject("theirs").getString("reversibility"));
    assertEquals(
        "Exchange envoys",
        stored
            .getJsonArray("phases")
            .getJsonObject(0)
            .getJsonArray("steps")
            .getJsonObject(1)
            .getJsonObject("ours")
            .getString("description"));
  }

  @Test
  void findingsFollowStepsAndPhasesAsTheyAreAddedMovedAndRemoved(Browsers browsers) {
    bestLeverage();
    long id = ProposalScenario.create(draft());
    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("drafter");
    ProposalEditorPage editor = ProposalEditorPage.open(browser, id);

    editor.addStep(0).theirVerification(0, 2, "None");
    assertEquals(List.of(finding("UNVERIFIABLE", "WARNING", "1", "3")), brief(editor.findings()));
    assertEquals(List.of("Warning: Unverifiable"), editor.stepMarkers(0, 2));

    editor.moveStepUp(0, 2);
    assertEquals(List.of(finding("UNVERIFIABLE", "WARNING", "1", "2")), brief(editor.findings()));
    assertEquals(List.of("Warning: Unverifiable"), editor.stepMarkers(0, 1));
    assertEquals(List.of(), editor.stepMarkers(0, 2));

    editor.removeStep(0, 1);
    assertEquals(List.of(), editor.findings());

    editor.instrument(0, 0, BEST_LEVERAGE + " — tier 1").addPhase().movePhaseUp(1);
    assertEquals(
        List.of(finding("BEST_LEVERAGE_FOR_REVERSIBLE", "BLOCKING", "2", "1")),
        brief(editor.findings()),
        "the step moved to phase 2 with its phase");
    assertEquals(
        List.of("Blocking: Best leverage for a reversible step"), editor.stepMarkers(1, 0));
    assertEquals(List.of(), editor.stepMarkers(0, 0));

    editor.removePhase(0);
    assertEquals(
        List.of(finding("BEST_LEVERAGE_FOR_REVERSIBLE", "BLOCKING", "1", "1")),
        brief(editor.findings()));
    HttpResponse<String> saved = Workflow.get("drafter", "/api/proposals/" + id + "/findings");
    assertEquals(200, saved.statusCode(), saved.body());
    assertEquals(
        List.of(), Api.object(saved).getJsonArray("findings"), "the stored draft is unchanged");
  }

  @Test
  void anInstrumentForOurSideLeftEmptyIsRefusedNextToItsMenuOnSave(Browsers browsers) {
    bestLeverage();
    long id = ProposalScenario.create(draft());
    long version = ProposalScenario.proposal(id).getJsonNumber("version").longValue();
    Browser browser = browsers.open();
    SignInPage.open(browser).signInAs("drafter");
    ProposalEditorPage editor = ProposalEditorPage.open(browser, id);

    editor.addStep(0).instrument(0, 2, BEST_LEVERAGE + " — tier 1").save();

    assertTrue(editor.isEditable(), "still in the editor");
    assertEquals(
        "Fill in our side of this step to spend an instrument on it, or choose none.",
        editor.messageNextTo("phases:0:steps:2:our-instrument"));
    assertEquals(version, ProposalScenario.proposal(id).getJsonNumber("version").longValue());
  }

  private static List<String> rules(List<ShownFinding> findings) {
    return findings.stream().map(ShownFinding::rule).toList();
  }

  private static ShownFinding finding(String rule, String severity, String phase, String step) {
    return new ShownFinding(rule, severity, phase, step, "");
  }

  private static List<ShownFinding> brief(List<ShownFinding> findings) {
    return findings.stream()
        .map(f -> new ShownFinding(f.rule(), f.severity(), f.phase(), f.step(), ""))
        .toList();
  }
}
