/**
 * Deciding cleared proposals; the decision feature reaches proposals through their application API.
 */
package org.parley.decision.application;
