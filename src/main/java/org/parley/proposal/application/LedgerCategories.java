package org.parley.proposal.application;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.parley.proposal.domain.OurAction;
import org.parley.proposal.domain.ProposalContent;
import org.parley.proposal.domain.ReciprocalStep;
import org.parley.proposal.domain.TheirAction;

/**
 * What routing reads in a proposal's ledger: the constant names of the categories on each side and
 * of the verification methods, over the sides drafted so far. Lets the clearance feature say which
 * agencies a draft would go to before it is submitted.
 */
public record LedgerCategories(
    Set<String> ourCategories, Set<String> theirCategories, Set<String> verifications) {

  public LedgerCategories {
    ourCategories = Set.copyOf(ourCategories);
    theirCategories = Set.copyOf(theirCategories);
    verifications = Set.copyOf(verifications);
  }

  /** The categories of {@code content}; a side not yet drafted contributes nothing. */
  public static LedgerCategories of(ProposalContent content) {
    return new LedgerCategories(
        names(ours(content).map(OurAction::category)),
        names(theirs(content).map(TheirAction::category)),
        names(theirs(content).map(TheirAction::verification)));
  }

  private static Stream<OurAction> ours(ProposalContent content) {
    return content.allSteps().stream().map(ReciprocalStep::ours).flatMap(Optional::stream);
  }

  private static Stream<TheirAction> theirs(ProposalContent content) {
    return content.allSteps().stream().map(ReciprocalStep::theirs).flatMap(Optional::stream);
  }

  private static Set<String> names(Stream<? extends Enum<?>> values) {
    return values.map(Enum::name).collect(Collectors.toSet());
  }
}
