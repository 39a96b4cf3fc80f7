/**
 * The action-for-action ledger: the leverage register (instruments we hold and may spend), the
 * reciprocity check (named rules run over a proposal's ledger, docs/adr/0017) and the findings each
 * submitted version keeps. It knows no proposal: the proposal feature hands it a {@code
 * LedgerDraft} and answers {@code InstrumentUse} (docs/adr/0021).
 */
package org.parley.ledger;
