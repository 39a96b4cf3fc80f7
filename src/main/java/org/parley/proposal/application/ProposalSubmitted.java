package org.parley.proposal.application;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.parley.proposal.domain.OurAction;
import org.parley.proposal.domain.ProposalContent;
import org.parley.proposal.domain.ReciprocalStep;
import org.parley.proposal.domain.TheirAction;
import org.parley.shared.Agency;
import org.parley.shared.Classification;

/**
 * A proposal version has just been submitted, inside the submitting transaction. The clearance
 * feature observes it synchronously to open the round; an exception from the observer (for example,
 * comments of the previous round still unanswered) undoes the submission.
 *
 * @param ourCategories the constant names of every category on our side of the ledger
 * @param theirCategories likewise for their side
 * @param verifications the verification methods of their side
 * @param additionalAgencies agencies the envoy added
 * @param clearanceDays the track's business days to answer
 * @param classification the version's marking: every agency in the round must be able to read it
 */
public record ProposalSubmitted(
    long proposalId,
    int versionNumber,
    Set<String> ourCategories,
    Set<String> theirCategories,
    Set<String> verifications,
    Set<Agency> additionalAgencies,
    int clearanceDays,
    Classification classification) {

  /**
   * What submitting {@code content} as version {@code versionNumber} announces: the categories and
   * verification methods of its steps (sides still missing in a draft count for nothing).
   */
  public static ProposalSubmitted of(
      long proposalId,
      int versionNumber,
      ProposalContent content,
      Set<Agency> additionalAgencies,
      int clearanceDays) {
    List<ReciprocalStep> steps = content.allSteps();
    return new ProposalSubmitted(
        proposalId,
        versionNumber,
        names(steps.stream().flatMap(s -> s.ours().stream()).map(OurAction::category)),
        names(steps.stream().flatMap(s -> s.theirs().stream()).map(TheirAction::category)),
        names(steps.stream().flatMap(s -> s.theirs().stream()).map(TheirAction::verification)),
        Set.copyOf(additionalAgencies),
        clearanceDays,
        content.classification());
  }

  private static Set<String> names(Stream<? extends Enum<?>> values) {
    return values.map(Enum::name).collect(Collectors.toSet());
  }
}
