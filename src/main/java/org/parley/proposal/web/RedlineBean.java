package org.parley.proposal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.parley.ledger.application.InstrumentService;
import org.parley.platform.faces.ViewParameters;
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
public class RedlineBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ProposalQueries proposals;
  @Inject private InstrumentService instruments;

  private String id;
  private Integer from;
  private Integer to;

  /** What the page shows; not replicated with the session, reloaded where it is missing. */
  private transient Shown shown;

  /**
   * @param diff null while the proposal has no submitted version
   * @param classification the higher marking of the two versions (the proposal's without versions)
   * @param instrumentNames the names of the instruments either version spends, by id as the redline
   *     gives it ({@link ProposalDiff.StepField#OUR_INSTRUMENT})
   */
  private record Shown(
      ProposalView proposal,
      ProposalDiff diff,
      Classification classification,
      Map<String, String> instrumentNames) {}

  /** Loads the proposal and compares the two versions asked for (by default the last two). */
  public void load() {
    long proposalId = ViewParameters.id(id);
    ProposalView proposal = proposals.open(proposalId, "redline");
    int latest = proposal.versionNumber();
    if (latest == 0) {
      shown = new Shown(proposal, null, proposal.classification(), Map.of());
      return;
    }
    to = to == null ? latest : to;
    from = from == null ? Math.max(1, to - 1) : from;
    ProposalContent before = proposals.versionContent(proposalId, from);
    ProposalContent after = proposals.versionContent(proposalId, to);
    Classification marking =
        before.classification().compareTo(after.classification()) > 0
            ? before.classification()
            : after.classification();
    shown =
        new Shown(
            proposal, ProposalDiff.between(before, after), marking, instrumentNames(before, after));
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

  private Shown shown() {
    if (shown == null) {
      load();
    }
    return shown;
  }

  public ProposalView getProposal() {
    return shown().proposal();
  }

  public ProposalDiff getDiff() {
    return shown().diff();
  }

  public Classification getClassification() {
    return shown().classification();
  }

  /** The names of the instruments the two versions spend, by id as text (the redline's values). */
  public Map<String, String> getInstrumentNames() {
    return shown().instrumentNames();
  }

  /** The submitted version numbers, for the selectors. */
  public List<Integer> getVersions() {
    return IntStream.rangeClosed(1, getProposal().versionNumber()).boxed().toList();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
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
