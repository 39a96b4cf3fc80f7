package org.parley.support.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The proposal editor, {@code proposals/edit.xhtml}: new ({@code ?trackId=}) or existing. */
public final class ProposalEditorPage {

  private static final String FORM = "proposal-form:";

  private final Browser browser;

  public ProposalEditorPage(Browser browser) {
    this.browser = browser;
  }

  public static ProposalEditorPage openNew(Browser browser, long trackId) {
    browser.open("/proposals/edit.xhtml?trackId=" + trackId);
    return new ProposalEditorPage(browser);
  }

  public static ProposalEditorPage open(Browser browser, long proposalId) {
    browser.open("/proposals/edit.xhtml?id=" + proposalId);
    return new ProposalEditorPage(browser);
  }

  /** The classification banner's text. */
  public String banner() {
    return browser.element("banner").getText();
  }

  public boolean isEditable() {
    return browser.isPresent("proposal-form");
  }

  public ProposalEditorPage title(String title) {
    browser.type(FORM + "title", title);
    return this;
  }

  public String title() {
    return browser.element(FORM + "title").getDomProperty("value");
  }

  public ProposalEditorPage summary(String summary) {
    browser.type(FORM + "summary", summary);
    return this;
  }

  public String summary() {
    return browser.element(FORM + "summary").getDomProperty("value");
  }

  public ProposalEditorPage classification(String label) {
    Widgets.selectOneMenu(browser, FORM + "classification", label);
    return this;
  }

  /** The classifications offered, in order. */
  public List<String> classificationsOffered() {
    return browser.elements(By.cssSelector("[id='" + FORM + "classification_items'] li")).stream()
        .map(li -> li.getDomAttribute("data-label"))
        .toList();
  }

  public ProposalEditorPage phaseTitle(int phase, String title) {
    browser.type(phase(phase) + "phase-title", title);
    return this;
  }

  public String phaseTitle(int phase) {
    return browser.element(phase(phase) + "phase-title").getDomProperty("value");
  }

  public int phaseCount() {
    return browser
        .elements(By.cssSelector("[id$=':phase-title'][id^='" + FORM + "phases:']"))
        .size();
  }

  public int stepCount(int phase) {
    return browser
        .elements(By.cssSelector("[id^='" + phase(phase) + "steps:'][id$=':our-description']"))
        .size();
  }

  public ProposalEditorPage addPhase() {
    browser.clickAndWaitForAjax(FORM + "add-phase");
    return this;
  }

  public ProposalEditorPage addStep(int phase) {
    browser.clickAndWaitForAjax(phase(phase) + "add-step");
    return this;
  }

  public ProposalEditorPage movePhaseUp(int phase) {
    browser.clickAndWaitForAjax(phase(phase) + "phase-up");
    return this;
  }

  public ProposalEditorPage moveStepDown(int phase, int step) {
    browser.clickAndWaitForAjax(step(phase, step) + "step-down");
    return this;
  }

  public ProposalEditorPage removeStep(int phase, int step) {
    browser.clickAndWaitForAjax(step(phase, step) + "remove-step");
    return this;
  }

  public ProposalEditorPage removePhase(int phase) {
    browser.clickAndWaitForAjax(phase(phase) + "remove-phase");
    return this;
  }

  /** Fills in our side of a step: category and reversibility by their labels. */
  public ProposalEditorPage ours(
      int phase, int step, String category, String description, String reversibility) {
    Widgets.selectOneMenu(browser, step(phase, step) + "our-category", category);
    browser.type(step(phase, step) + "our-description", description);
    Widgets.selectOneMenu(browser, step(phase, step) + "our-reversibility", reversibility);
    return this;
  }

  /** Fills in their side of a step: category, reversibility and verification by their labels. */
  public ProposalEditorPage theirs(
      int phase,
      int step,
      String category,
      String description,
      String reversibility,
      String verification) {
    Widgets.selectOneMenu(browser, step(phase, step) + "their-category", category);
    browser.type(step(phase, step) + "their-description", description);
    Widgets.selectOneMenu(browser, step(phase, step) + "their-reversibility", reversibility);
    Widgets.selectOneMenu(browser, step(phase, step) + "their-verification", verification);
    return this;
  }

  /** Chooses the instrument our side of a step spends, by its label ("name — tier N"). */
  public ProposalEditorPage instrument(int phase, int step, String label) {
    Widgets.selectOneMenu(browser, step(phase, step) + "our-instrument", label);
    return this;
  }

  /** The labels the "instrument spent" menu of a step offers, in order (the first is "none"). */
  public List<String> instrumentsOffered(int phase, int step) {
    return browser
        .elements(By.cssSelector("[id='" + step(phase, step) + "our-instrument_input'] option"))
        .stream()
        .map(option -> option.getDomProperty("textContent").trim())
        .toList();
  }

  public ProposalEditorPage theirReversibility(int phase, int step, String label) {
    Widgets.selectOneMenu(browser, step(phase, step) + "their-reversibility", label);
    return this;
  }

  public ProposalEditorPage theirVerification(int phase, int step, String label) {
    Widgets.selectOneMenu(browser, step(phase, step) + "their-verification", label);
    return this;
  }

  /** A finding as the live panel lists it. */
  public record ShownFinding(
      String rule, String severity, String phase, String step, String text) {}

  /** The live reciprocity findings, in the panel's order. */
  public List<ShownFinding> findings() {
    return browser.element(FORM + "findings").findElements(By.cssSelector("li.finding")).stream()
        .map(
            li ->
                new ShownFinding(
                    li.getDomAttribute("data-rule"),
                    li.getDomAttribute("data-severity"),
                    li.getDomAttribute("data-phase"),
                    li.getDomAttribute("data-step"),
                    li.getText()))
        .toList();
  }

  /** The text of the live findings panel. */
  public String findingsPanel() {
    return browser.element(FORM + "findings").getText();
  }

  /** The finding markers of a step, as shown on the step ("Blocking: …"). */
  public List<String> stepMarkers(int phase, int step) {
    return browser
        .element(step(phase, step) + "step-findings")
        .findElements(By.cssSelector(".step-finding"))
        .stream()
        .map(marker -> marker.getText().trim())
        .toList();
  }

  public ProposalEditorPage moveStepUp(int phase, int step) {
    browser.clickAndWaitForAjax(step(phase, step) + "step-up");
    return this;
  }

  public ProposalEditorPage ourDescription(int phase, int step, String description) {
    browser.type(step(phase, step) + "our-description", description);
    return this;
  }

  public String ourDescription(int phase, int step) {
    return browser.element(step(phase, step) + "our-description").getDomProperty("value");
  }

  /** Saves; the browser then shows the proposal page, or this page again with messages. */
  public ProposalPage save() {
    browser.clickAndWaitForPage(FORM + "save");
    return new ProposalPage(browser);
  }

  /** The message shown next to the input {@code fieldId} (relative to the form), or "". */
  public String messageNextTo(String fieldId) {
    List<WebElement> messages =
        browser.elements(
            By.xpath(
                "//*[@id='"
                    + FORM
                    + fieldId
                    + "']/ancestor::div[contains(@class,'field')][1]"
                    + "//div[contains(@class,'ui-message')]"));
    return messages.isEmpty() ? "" : messages.get(0).getText().trim();
  }

  /** The page-wide messages (e.g. a refusal of the service). */
  public String globalMessages() {
    return browser.isPresent("messages") ? browser.element("messages").getText() : "";
  }

  public String notEditableNotice() {
    return browser.isPresent("not-editable") ? browser.element("not-editable").getText() : "";
  }

  private static String phase(int phase) {
    return FORM + "phases:" + phase + ":";
  }

  private static String step(int phase, int step) {
    return phase(phase) + "steps:" + step + ":";
  }
}
