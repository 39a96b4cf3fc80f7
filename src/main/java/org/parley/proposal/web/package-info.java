/**
 * The proposal pages: track list, lazy proposal list, the proposal page (ledger, latest clearance
 * round, submit and withdraw dialogs, history), the proposal editor and the redline between two
 * versions. Beans translate between one page and the proposal and clearance application services;
 * every rule stays in the services, and the redline's comparison is the domain's pure {@code
 * ProposalDiff}.
 */
package org.parley.proposal.web;
