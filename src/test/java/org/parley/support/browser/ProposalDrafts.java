package org.parley.support.browser;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Proposals drafted through the editor, for browser tests that need one. Titles carry a unique tag,
 * so that a test finds its own proposals among those earlier runs left in the database.
 */
public final class ProposalDrafts {

  /**
   * The demo DPRK working-level track (db/dev), staffed by {@code drafter}, owned by {@code envoy}.
   */
  public static final long WORKING_TRACK = 1;

  private ProposalDrafts() {}

  /** A tag no earlier run used, e.g. {@code T1k9x3q}. */
  public static String uniqueTag() {
    return "T"
        + Long.toString(System.currentTimeMillis(), 36)
        + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36), 36);
  }

  /**
   * A complete two-phase draft on the working track: sanctions relief for a Yongbyon freeze (routes
   * to Treasury and Energy), then a liaison office for a declaration (Energy). The browser ends on
   * the new proposal's page.
   */
  public static ProposalPage twoPhase(Browser browser, String title, String classification) {
    ProposalEditorPage editor =
        ProposalEditorPage.openNew(browser, WORKING_TRACK)
            .title(title)
            .summary("Action for action: a verified freeze first, then declarations.")
            .classification(classification)
            .phaseTitle(0, "Freeze for partial relief")
            .ours(
                0,
                0,
                "Sanctions relief",
                "Suspend UN sanctions on civilian metal exports for six months.",
                "Reversible at cost")
            .theirs(
                0,
                0,
                "Freeze",
                "Freeze all activity at the Yongbyon reactor and reprocessing plant.",
                "Reversible at cost",
                "Self-declaration")
            .addPhase()
            .phaseTitle(1, "Liaison and declaration")
            .ours(
                1,
                0,
                "Liaison office",
                "Open liaison offices in both capitals.",
                "Easily reversible")
            .theirs(1, 0, "Declaration", "Declare every enrichment site.", "Irreversible", "None");
    return editor.save();
  }

  /** A draft with only a title and one titled phase whose step is still empty. */
  public static ProposalPage titledOnly(Browser browser, String title) {
    return ProposalEditorPage.openNew(browser, WORKING_TRACK)
        .title(title)
        .phaseTitle(0, "To be drafted")
        .save();
  }
}
