package org.parley.proposal.web;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.parley.proposal.application.ProposalView;
import org.parley.proposal.domain.ProposalDiff;
import org.parley.shared.Classification;

/**
 * What the redline page shows: the proposal and the differences between two of its versions.
 *
 * @param diff null while the proposal has no submitted version
 * @param classification the higher marking of the two versions (the proposal's without versions)
 * @param instrumentNames the names of the instruments either version spends, by id as the redline
 *     gives it ({@link ProposalDiff.StepField#OUR_INSTRUMENT})
 */
public record RedlinePage(
    ProposalView proposal,
    ProposalDiff diff,
    Classification classification,
    Map<String, String> instrumentNames) {

  /** The submitted version numbers, for the selectors. */
  public List<Integer> versions() {
    return IntStream.rangeClosed(1, proposal.versionNumber()).boxed().toList();
  }
}
