/**
 * Server-side parts of the benchmark (docs/benchmarks.md, docs/adr/0019), compiled only into the
 * benchmark WAR of {@code ./mvnw -Pbench verify} and never into the normal WAR: the in-server
 * workflow driver that runs workflows through the real application services on worker threads, the
 * caller those threads act as ({@link org.parley.bench.server.BenchCurrentUser}), the count of rows
 * a transition writes, and the size of the live HTTP sessions. Reached under {@code /api/bench}, by
 * an administrator, from the same machine only.
 */
package org.parley.bench.server;
