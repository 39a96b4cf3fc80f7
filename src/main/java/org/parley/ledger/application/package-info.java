/**
 * The ledger feature's use cases: the leverage register ({@link InstrumentService}) and the
 * reciprocity check ({@link ReciprocityService}), each method one transaction.
 */
package org.parley.ledger.application;
