package org.parley.proposal.application;

import java.util.Set;
import org.parley.shared.Agency;

/**
 * Which agencies clear a proposal, as its own representation names them: answered by the clearance
 * feature, which owns routing and rounds and depends on this one, never the other way round
 * (docs/adr/0021).
 */
public interface ClearanceAgencies {

  /**
   * The agencies of the proposal's latest clearance round; before its first, those routing selects
   * for its content now.
   */
  Set<Agency> of(ProposalView proposal);
}
