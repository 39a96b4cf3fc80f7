/** The audit trail over REST, for auditors. */
package org.parley.audit.api;
