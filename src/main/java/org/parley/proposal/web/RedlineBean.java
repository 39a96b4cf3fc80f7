package org.parley.proposal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.ledger.application.InstrumentService;
import org.parley.platform.faces.AddressedView;
import org.parley.proposal.application.ProposalQueries;
import org.parley.proposal.application.ProposalView;
import org.parley.proposal.domain.ProposalContent;
import org.parley.proposal.domain.ProposalDiff;
import org.parley.shared.Classification;

/**
 * The redline between two submitted versions of a proposal ({@code
 * proposals/redline.xhtml?id=&from=&to=}); without {@code from} and {@code to}, the last two. The
 * instrument a step spends shows by its name in the leverage register.
 */
@Named
@ViewScoped
public class RedlineBean extends AddressedView<RedlinePage> {

  private static final long serialVersionUID = 1L;

  @Inject private ProposalQueries proposals;
  @Inject private InstrumentService instruments;

  private Integer from;
  private Integer to;

  /** Loads the proposal and compares the two versions asked for (by default the last two). */
  @Override
  protected RedlinePage read(long proposalId) {
    ProposalView proposal = proposals.open(proposalId, "redline");
    int latest = proposal.versionNumber();
    if (latest == 0) {
      return new RedlinePage(proposal, null, proposal.classification(), Map.of());
    }
    to = to == null ? latest : to;
    from = from == null ? Math.max(1, to - 1) : from;
    ProposalContent before = proposals.versionContent(proposalId, from);
    ProposalContent after = proposals.versionContent(proposalId, to);
    return new RedlinePage(
        proposal,
        ProposalDiff.between(before, after),
        Classification.highest(before.classification(), after.classification()),
        instrumentNames(before, after));
  }

  private Map<String, String> instrumentNames(ProposalContent before, ProposalContent after) {
    Set<Long> ids = new HashSet<>(before.ledgerDraft().instrumentIds());
    ids.addAll(after.ledgerDraft().instrumentIds());
    return instruments.byIds(ids).values().stream()
        .collect(Collectors.toMap(i -> String.valueOf(i.id()), i -> i.name()));
  }

  /** Shows the redline of the versions chosen in the selectors, at its own address. */
  public String compare() {
    return "/proposals/redline?faces-redirect=true&includeViewParams=true";
  }

  public Integer getFrom() {
    return from;
  }

  public void setFrom(Integer from) {
    this.from = from;
  }

  public Integer getTo() {
    return to;
  }

  public void setTo(Integer to) {
    this.to = to;
  }
}
