/**
 * The leadership dashboard page ({@code dashboard.xhtml}): a track filter and a period kept in the
 * address, one tile per figure of {@code DashboardService} drawn as a PrimeFaces chart (Chart.js
 * configurations built here) with the same figures as an accessible table, a lazy drill-down list
 * behind every tile and row, and the push that tells open dashboards when work moved, coalesced to
 * at most one message every two seconds.
 */
package org.parley.dashboard.web;
