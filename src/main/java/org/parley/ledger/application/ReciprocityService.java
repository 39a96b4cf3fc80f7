package org.parley.ledger.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.access.application.RequiresPermission;
import org.parley.access.domain.Permission;
import org.parley.ledger.domain.Finding;
import org.parley.ledger.domain.Instrument;
import org.parley.ledger.domain.InstrumentRepository;
import org.parley.ledger.domain.InstrumentTerms;
import org.parley.ledger.domain.Ledger;
import org.parley.ledger.domain.LedgerDraft;
import org.parley.ledger.domain.ReciprocityCheck;
import org.parley.ledger.domain.ReciprocityRepository;
import org.parley.ledger.domain.ReciprocitySetting;
import org.parley.ledger.domain.VersionFinding;
import org.parley.proposal.application.ProposalService;
import org.parley.proposal.application.ProposalSubmitted;
import org.parley.shared.StaleVersionException;

/**
 * The reciprocity check (docs/adr/0017): the named rules run over a proposal's ledger, live while
 * it is drafted and frozen with each submitted version. Reading findings needs what reading the
 * proposal needs.
 */
@ApplicationScoped
@Transactional
public class ReciprocityService {

  @Inject private ProposalService proposals;
  @Inject private InstrumentRepository instruments;
  @Inject private ReciprocityRepository reciprocity;

  /**
   * What the rules find in a ledger being drafted (the editor's live findings). Steps may be
   * incomplete; instruments are judged as the register has them now.
   */
  public List<Finding> check(LedgerDraft draft) {
    return new ReciprocityCheck(reciprocity.setting().getFrontLoadingThreshold())
        .run(resolve(draft));
  }

  /** The ledger of {@code draft} with its instruments looked up: for the balance and the chart. */
  public Ledger resolve(LedgerDraft draft) {
    Map<Long, InstrumentTerms> register =
        instruments.findAll(draft.instrumentIds()).stream()
            .map(Instrument::terms)
            .collect(Collectors.toMap(InstrumentTerms::id, Function.identity()));
    return Ledger.of(draft, register);
  }

  /** What the rules find in the proposal's current content, now; "not found" unless readable. */
  public List<Finding> findings(long proposalId) {
    return check(LedgerDraft.of(proposals.get(proposalId).content()));
  }

  /**
   * The findings version {@code versionNumber} was submitted with: what its reviewers and deciders
   * saw. "Not found" unless the caller may read the proposal and the version exists.
   */
  public List<Finding> submittedFindings(long proposalId, int versionNumber) {
    proposals.versionContent(proposalId, versionNumber);
    return reciprocity.findingsOf(proposalId, versionNumber).stream()
        .map(VersionFinding::finding)
        .toList();
  }

  /** The front-loading threshold and its optimistic-locking version. */
  public ReciprocitySettings settings() {
    return ReciprocitySettings.of(reciprocity.setting());
  }

  /**
   * Changes the front-loading threshold (0–1000 leverage points). Administrators only; refused when
   * someone changed it since {@code expectedVersion} was read. Takes effect for findings computed
   * from now on; versions keep the findings they were submitted with.
   */
  @RequiresPermission(Permission.MANAGE_LEVERAGE_REGISTER)
  public ReciprocitySettings changeFrontLoadingThreshold(int threshold, long expectedVersion) {
    ReciprocitySetting setting = reciprocity.setting();
    if (setting.getVersion() != expectedVersion) {
      throw new StaleVersionException(
          "Someone changed the reciprocity settings after you read them. Reload them and make"
              + " your change again.");
    }
    setting.changeFrontLoadingThreshold(threshold);
    return ReciprocitySettings.of(setting);
  }

  /** Freezes the findings of a version being submitted, in the submitting transaction. */
  void recordFindings(@Observes ProposalSubmitted submitted) {
    LedgerDraft draft =
        LedgerDraft.of(proposals.versionContent(submitted.proposalId(), submitted.versionNumber()));
    List<Finding> findings = check(draft);
    for (int i = 0; i < findings.size(); i++) {
      reciprocity.add(
          new VersionFinding(
              submitted.proposalId(), submitted.versionNumber(), i, findings.get(i)));
    }
  }
}
