package org.parley.proposal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parley.clearance.domain.CommentType;
import org.parley.clearance.domain.Position;
import org.parley.clearance.web.ClearanceReviewBean;
import org.parley.clearance.web.CommentRow;
import org.parley.decision.domain.DecisionOutcome;
import org.parley.decision.web.DecisionBean;
import org.parley.proposal.domain.OurCategory;
import org.parley.proposal.domain.TheirCategory;
import org.parley.shared.Classification;
import org.parley.shared.Reversibility;
import org.parley.shared.Verification;

/**
 * The view state of the workflow pages stays small, since the cluster copies it to another node
 * with every request that changes it (issue 5). Budget: {@value #BUDGET} bytes serialised for a
 * populated page, of which the user's own text is most; what the page shows from the database is
 * transient and reloaded (see {@code SessionStateTest} for the rule that they are serializable).
 */
class ViewStateSizeTest {

  /** The most bytes a populated page's bean may take serialised. */
  static final int BUDGET = 20 * 1024;

  /** The most bytes of bookkeeping beyond the text typed (what a bean costs for nothing). */
  static final int OVERHEAD = 6 * 1024;

  private static final String DESCRIPTION = "x".repeat(200);

  @Test
  void aLargeDraftInTheEditorStaysWithinTheBudget() throws Exception {
    ProposalForm form = ProposalForm.blank(1L);
    form.setTitle("Phased liaison offices and repatriation of remains, first round");
    form.setSummary("s".repeat(1000));
    form.setClassification(Classification.SECRET);
    for (int p = 1; p < 4; p++) {
      form.addPhase();
    }
    int typed = form.getTitle().length() + form.getSummary().length();
    for (PhaseForm phase : form.getPhases()) {
      phase.setTitle("Phase of confidence building");
      typed += phase.getTitle().length();
      for (int s = 0; s < 3; s++) {
        phase.addStep();
      }
      for (StepForm step : phase.getSteps()) {
        step.setOurCategory(OurCategory.LIAISON_OFFICE);
        step.setOurDescription(DESCRIPTION);
        step.setOurReversibility(Reversibility.EASILY_REVERSIBLE);
        step.setTheirCategory(TheirCategory.FREEZE);
        step.setTheirDescription(DESCRIPTION);
        step.setTheirReversibility(Reversibility.REVERSIBLE_AT_COST);
        step.setTheirVerification(Verification.SELF_DECLARATION);
        typed += 2 * DESCRIPTION.length();
      }
    }
    ProposalEditBean editor = new ProposalEditBean();
    set(editor, "id", "42");
    set(
        editor,
        "target",
        new EditorTarget(42L, 3L, "DPRK-2026-0042", Classification.SECRET, true, List.of()));
    set(editor, "form", form);
    set(editor, "choices", new EditorChoices(Classification.TOP_SECRET, aLargeRegister()));

    int size = serialisedSize(editor);
    assertTrue(size < BUDGET, "the editor takes " + size + " bytes");
    assertTrue(size - typed < OVERHEAD, "the editor takes " + (size - typed) + " beyond the text");
  }

  @Test
  void aReviewWithCommentsAndADecisionStayWithinTheBudget() throws Exception {
    ClearanceReviewBean review = new ClearanceReviewBean();
    review.setId("42");
    review.setPosition(Position.CONCUR_WITH_COMMENTS);
    for (int i = 0; i < 10; i++) {
      review.addComment();
    }
    for (CommentRow row : review.getComments()) {
      row.setType(CommentType.SUBSTANTIVE);
      row.setText("c".repeat(500));
    }
    assertTrue(serialisedSize(review) < BUDGET, serialisedSize(review) + " bytes");

    DecisionBean decision = new DecisionBean();
    decision.setId("42");
    decision.getForm().setOutcome(DecisionOutcome.APPROVED_WITH_CONDITIONS);
    decision.getForm().setRationale("r".repeat(4000));
    decision.getForm().setConditions("c".repeat(4000));
    assertTrue(serialisedSize(decision) < BUDGET, serialisedSize(decision) + " bytes");
  }

  @Test
  void theViewKeySurvivesTheTripToAnotherNode() throws Exception {
    ProposalPageBean page = new ProposalPageBean();
    page.setId("7");
    Object key = get(page, "idempotencyKey");
    ProposalPageBean copy = (ProposalPageBean) roundTrip(page);
    assertEquals(key, get(copy, "idempotencyKey"));
    assertEquals("7", copy.getId());
  }

  /** Twenty instruments with names as long as the demo register's. */
  private static List<InstrumentChoice> aLargeRegister() {
    return IntStream.rangeClosed(1, 20)
        .mapToObj(
            i ->
                new InstrumentChoice(
                    i, "UN sanctions on exports of coal, iron and ore " + i, 1, false))
        .toList();
  }

  private static int serialisedSize(Object bean) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(bean);
    }
    return bytes.size();
  }

  private static Object roundTrip(Object bean) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(bean);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }

  private static void set(Object bean, String name, Object value)
      throws ReflectiveOperationException {
    Field field = bean.getClass().getDeclaredField(name);
    field.setAccessible(true);
    field.set(bean, value);
  }

  private static Object get(Object bean, String name) throws ReflectiveOperationException {
    Field field = bean.getClass().getDeclaredField(name);
    field.setAccessible(true);
    return field.get(bean);
  }
}
