/**
 * The benchmark suite of {@code ./mvnw -Pbench verify} (docs/benchmarks.md, docs/adr/0019): the
 * orchestrator that generates the data set, starts the benchmark server, drives the in-server
 * workflow driver and the HTTP probes, and prints one line of JSON; and the statistics it computes.
 * Test-scope code: it never goes into a WAR.
 */
package org.parley.bench;
