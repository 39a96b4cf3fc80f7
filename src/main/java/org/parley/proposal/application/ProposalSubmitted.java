package org.parley.proposal.application;

import java.util.Set;
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
    Classification classification) {}
