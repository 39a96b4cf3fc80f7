/**
 * Idempotency keys (docs/adr/0012): a workflow command sent again with the key of an earlier one,
 * by the same user, is answered with the stored outcome of the first instead of being applied
 * twice, whether the retry comes from a client after a timeout, a double click, or another cluster
 * node after a crash. {@link org.parley.platform.idempotency.IdempotentCommands} is the one entry
 * point, shared by pages and REST ({@link org.parley.platform.idempotency.IdempotentRest} reads the
 * {@code Idempotency-Key} header); the outcome is stored in the database, in the transaction of the
 * command itself, so that it survives a node crash exactly when the command does.
 */
package org.parley.platform.idempotency;
