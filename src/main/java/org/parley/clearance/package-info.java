/** Parallel agency review: clearance rounds, positions, comments, routing rules. */
package org.parley.clearance;
