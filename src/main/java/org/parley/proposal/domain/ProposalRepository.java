package org.parley.proposal.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.shared.Agency;

/** Proposals and their frozen versions. */
public interface ProposalRepository {

  Optional<Proposal> find(long id);

  /** Like {@link #find} with a write lock held until the transaction ends. */
  Optional<Proposal> findForUpdate(long id);

  void add(Proposal proposal);

  void add(ProposalVersion version);

  /** Writes pending changes now, so that a caller is given the version number that is stored. */
  void flush();

  Optional<ProposalVersion> findVersion(long proposalId, int number);

  /** The next free reference number (1, 2, …), shared by all tracks. */
  long nextReferenceNumber();

  /** One page of the proposals matching {@code query}. */
  List<Proposal> search(ProposalQuery query, int first, int size);

  long count(ProposalQuery query);

  /** The instruments of the leverage register the proposal's draft content names. */
  Set<Long> instrumentsNamedBy(long proposalId);

  /** Whether a draft or a frozen version names the instrument of the leverage register. */
  boolean namesInstrument(long instrumentId);

  /** The ids of the proposals {@code agency} holds or held a clearance slot on. */
  List<Long> idsRoutedTo(Agency agency);
}
