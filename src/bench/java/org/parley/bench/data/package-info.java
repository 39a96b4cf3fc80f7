/**
 * The benchmark data set (issue 7, docs/adr/0020): {@link org.parley.bench.data.DataGenerator}
 * brings a database's schema up to date with Parley's own Flyway configuration and fills it with a
 * reproducible, realistic history of proposals on several negotiation tracks, told one proposal at
 * a time through the project's own workflow rules (the workflow table, routing, clearance rounds,
 * business days, the reciprocity check), and with an audit trail linked into the hash chain as it
 * is written. It lives in {@code src/bench/java}, a test source root: it never reaches the WAR.
 */
package org.parley.bench.data;
