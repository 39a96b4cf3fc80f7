/**
 * Fault tests (issue 5): Parley's servers killed with {@code kill -9} while users and load work on
 * them. Not part of {@code ./mvnw verify}: they start, kill and restart servers of their own and
 * run for minutes. {@code deploy/fault/run-fault-tests.sh} runs them (docs/operations.md); each
 * prints a summary line starting with {@code FAULT}.
 */
package org.parley.fault;
