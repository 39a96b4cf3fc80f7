/**
 * Drafting use cases and the proposal's side of the workflow: the transaction and security boundary
 * that pages and REST share. Other features reach proposals only through this package.
 */
package org.parley.proposal.application;
