/**
 * The decision page: the cleared version with every agency's position and the split memo of
 * dissents, earlier decisions, and the decision form for deputies and principals. The bean only
 * translates between the page and the decision service, which decides every rule.
 */
package org.parley.decision.web;
