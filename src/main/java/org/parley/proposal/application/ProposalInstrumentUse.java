package org.parley.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.parley.ledger.application.InstrumentUse;
import org.parley.proposal.domain.ProposalRepository;

/**
 * Tells the leverage register whether proposals name one of its instruments: such an instrument may
 * be retired, never deleted.
 */
@ApplicationScoped
@Transactional
class ProposalInstrumentUse implements InstrumentUse {

  @Inject private ProposalRepository proposals;

  @Override
  public boolean isNamed(long instrumentId) {
    return proposals.namesInstrument(instrumentId);
  }
}
