package org.parley.proposal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parley.ledger.application.ReciprocityService;
import org.parley.ledger.domain.Finding;

/**
 * The proposal editor's live reciprocity findings ({@code proposals/edit.xhtml}): those of the
 * ledger as the form now reads, computed again only when it changed ({@link LiveFindings}). Nothing
 * is saved for them (issue 6).
 */
@Named("editorFindings")
@ViewScoped
public class EditorFindingsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ReciprocityService reciprocity;

  private final LiveFindings live = new LiveFindings();

  /** The findings of the ledger {@code form} now reads. */
  public List<Finding> of(ProposalForm form) {
    return live.of(form.ledgerDraft(), reciprocity::check);
  }

  /** The findings about one step, by the page's indexes (0 is the first): its markers. */
  public List<Finding> at(ProposalForm form, int phaseIndex, int stepIndex) {
    return LiveFindings.atStep(of(form), phaseIndex, stepIndex);
  }
}
