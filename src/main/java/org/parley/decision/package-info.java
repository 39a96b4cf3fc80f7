/** The principal's decision: Decision, DecisionService, and its REST resource. */
package org.parley.decision;
