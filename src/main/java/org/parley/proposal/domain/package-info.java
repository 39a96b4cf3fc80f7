/**
 * The drafting domain: negotiation tracks, proposals with their phases of reciprocal steps, the
 * frozen versions every submission creates, and the workflow's table of allowed moves.
 */
package org.parley.proposal.domain;
