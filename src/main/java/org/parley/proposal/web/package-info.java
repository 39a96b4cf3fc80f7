/**
 * The proposal pages. Beans only translate between a page and the proposal service, which decides
 * every rule; the redline's comparison itself is the domain's pure {@code ProposalDiff}.
 */
package org.parley.proposal.web;
