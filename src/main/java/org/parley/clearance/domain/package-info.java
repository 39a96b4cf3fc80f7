/**
 * The clearance domain: rounds of parallel agency review per submitted version, positions and typed
 * comments, the routing rules and policy that choose the agencies, and business-day due dates.
 */
package org.parley.clearance.domain;
