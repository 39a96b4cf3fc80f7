/**
 * Recording audit events in the caller's transaction, reading a proposal's trail, and verifying the
 * integrity of the whole audit chain for auditors.
 */
package org.parley.audit.application;
