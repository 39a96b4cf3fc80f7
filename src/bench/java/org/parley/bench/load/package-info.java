/**
 * The HTTP load of the benchmark (issue 7): Gatling simulations that drive Parley over HTTP as its
 * clients do, REST clients through whole workflows and page users through Faces/PrimeFaces ajax
 * postbacks with a session, view state and CSP nonce of their own, and {@link
 * org.parley.bench.load.HttpLoad}, which runs them against a running server and reads the figures
 * from Gatling's reports. Test scope only; the simulations themselves live in {@code
 * src/bench/gatling}, compiled only by the {@code bench} profile, which brings Gatling.
 */
package org.parley.bench.load;
