/**
 * The proposal pages: track list, lazy proposal list, the proposal page (ledger, latest clearance
 * round, submit and withdraw dialogs, history) and the proposal editor. Beans translate between one
 * page and the proposal and clearance application services; every rule stays in the services.
 */
package org.parley.proposal.web;
