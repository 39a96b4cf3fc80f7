/** The audit trail: who did what to which proposal, when, and for whom. Append-only. */
package org.parley.audit;
