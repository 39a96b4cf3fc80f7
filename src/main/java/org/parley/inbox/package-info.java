/**
 * The personal inbox: what waits for the caller, by due date. A read model over the proposal,
 * clearance and decision features, with no domain of its own.
 */
package org.parley.inbox;
