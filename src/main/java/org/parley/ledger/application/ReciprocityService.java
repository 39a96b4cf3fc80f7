package org.parley.ledger.application;

import jakarta.enterprise.context.ApplicationScoped;
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
import org.parley.shared.StaleVersionException;

/**
 * The reciprocity check (docs/adr/0017): the named rules run over a proposal's ledger, live while
 * it is drafted and frozen with each submitted version. The ledger knows no proposal: the proposal
 * feature hands it ledgers and guards who reads a version's findings (docs/adr/0021).
 */
@ApplicationScoped
@Transactional
public class ReciprocityService {

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

  /**
   * The findings version {@code versionNumber} of proposal {@code proposalId} was submitted with:
   * what its reviewers and deciders saw. The ledger knows no proposal: its caller has made sure the
   * user may read that version (the proposal feature's {@code ProposalFindings}).
   */
  public List<Finding> recordedFindings(long proposalId, int versionNumber) {
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
    reciprocity.flush();
    return ReciprocitySettings.of(setting);
  }

  /**
   * Freezes the findings of version {@code versionNumber} of proposal {@code proposalId}, whose
   * ledger is {@code draft}, in the submitting transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordFindings(long proposalId, int versionNumber, LedgerDraft draft) {
    List<Finding> findings = check(draft);
    for (int i = 0; i < findings.size(); i++) {
      reciprocity.add(new VersionFinding(proposalId, versionNumber, i, findings.get(i)));
    }
  }
}
