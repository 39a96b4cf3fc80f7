package org.parley.proposal.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parley.ledger.application.ReciprocityService;
import org.parley.ledger.domain.Finding;
import org.parley.ledger.domain.Ledger;
import org.parley.ledger.domain.LedgerDraft;
import org.parley.ledger.domain.PhaseBalance;
import org.parley.platform.faces.ViewParameters;
import org.parley.proposal.application.ProposalFindings;
import org.parley.proposal.application.ProposalQueries;
import org.parley.proposal.application.ProposalView;

/**
 * The ledger page ({@code proposals/ledger.xhtml?id=}): a proposal's phases with each pair of steps
 * and the leverage each side spends and receives, the cumulative balance as a chart and a table,
 * and the reciprocity findings: those of the draft as it reads now, or those its latest version was
 * submitted with. Whoever may read the proposal; opening it is audited like the proposal page.
 */
@Named
@ViewScoped
public class LedgerBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ProposalQueries proposals;
  @Inject private ReciprocityService reciprocity;
  @Inject private ProposalFindings findings;

  /** The address's id as given; a malformed one answers "not found" (ViewParameters). */
  private String id;

  /** What the page shows; not replicated with the session, reloaded where it is missing. */
  private transient Shown shown;

  /**
   * @param findingsVersion the version whose stored findings are shown; null for the findings of
   *     the draft as it reads now
   */
  private record Shown(
      ProposalView proposal,
      List<LedgerPhase> phases,
      List<PhaseBalance> balance,
      String chart,
      List<Finding> findings,
      Integer findingsVersion) {}

  /** The view action: opens the proposal (audited) and weighs its ledger. */
  public void load() {
    long proposalId = ViewParameters.id(id);
    ProposalView proposal = proposals.open(proposalId, "ledger page");
    LedgerDraft draft = proposal.content().ledgerDraft();
    Ledger ledger = reciprocity.resolve(draft);
    FacesContext faces = FacesContext.getCurrentInstance();
    shown =
        new Shown(
            proposal,
            LedgerPhase.of(proposal.phases(), ledger),
            ledger.balance(),
            BalanceChart.json(
                ledger.balance(),
                BalanceChart.Texts.of(faces.getApplication().getResourceBundle(faces, "msg"))),
            findings.shownWith(proposal),
            proposal.readsAsDraft() ? null : proposal.versionNumber());
  }

  private Shown shown() {
    if (shown == null) {
      load();
    }
    return shown;
  }

  public ProposalView getProposal() {
    return shown().proposal();
  }

  public List<LedgerPhase> getPhases() {
    return shown().phases();
  }

  /** The cumulative balance at the end of each phase: the chart's figures, as a table. */
  public List<PhaseBalance> getBalance() {
    return shown().balance();
  }

  /** The chart of the balance: a Chart.js configuration ({@link BalanceChart}). */
  public String getChart() {
    return shown().chart();
  }

  public List<Finding> getFindings() {
    return shown().findings();
  }

  /** The version whose stored findings are shown, or null for the draft's findings now. */
  public Integer getFindingsVersion() {
    return shown().findingsVersion();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
