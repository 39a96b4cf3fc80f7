package org.parley.ledger.application;

/**
 * Whether proposals name an instrument of the leverage register: asked before an instrument is
 * deleted. The proposal feature answers it, since only it knows the drafts; the ledger knows no
 * proposal (docs/adr/0021).
 */
public interface InstrumentUse {

  /** Whether any draft or submitted version names instrument {@code instrumentId}. */
  boolean isNamed(long instrumentId);
}
