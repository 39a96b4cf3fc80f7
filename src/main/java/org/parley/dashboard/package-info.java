/**
 * The leadership dashboard: read models over the workflow's own tables (pipeline, time in clearance
 * per agency, overdue slots, objections, decisions over time, leverage committed and received),
 * their drill-down lists, and the push that tells open dashboards when work moves. It has no rules
 * and no tables of its own (docs/adr/0018): figures are counted from the rows the workflow writes,
 * so they can never drift from them.
 */
package org.parley.dashboard;
