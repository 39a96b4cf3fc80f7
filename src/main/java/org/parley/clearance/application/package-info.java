/** Clearance use cases: opening rounds, recording positions, answering comments, routing. */
package org.parley.clearance.application;
