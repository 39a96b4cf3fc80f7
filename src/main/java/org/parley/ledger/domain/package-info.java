/**
 * The leverage register ({@link Instrument}) and the reciprocity check: pure, named rules ({@link
 * ReciprocityRule}) over a {@link Ledger}, each finding in plain words.
 */
package org.parley.ledger.domain;
