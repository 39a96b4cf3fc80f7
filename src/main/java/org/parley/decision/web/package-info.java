/**
 * The decision page: the cleared version with every agency's position and the split memo of
 * dissents, earlier decisions, and the decision form for deputies and principals; and the decision
 * memo's download button, which the proposal page shows too. The beans only translate between the
 * pages and the decision services, which decide every rule.
 */
package org.parley.decision.web;
