/** Assembling the caller's inbox from the proposal and clearance application APIs. */
package org.parley.inbox.application;
