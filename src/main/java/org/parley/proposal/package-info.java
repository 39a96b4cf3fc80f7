/** Drafting: negotiation tracks, proposals, their versions, and the workflow state machine. */
package org.parley.proposal;
