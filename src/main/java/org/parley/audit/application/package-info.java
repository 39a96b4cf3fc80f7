/** Recording audit events in the caller's transaction and reading a proposal's trail. */
package org.parley.audit.application;
