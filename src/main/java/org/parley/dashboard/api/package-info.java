/** {@code GET /api/dashboard}: the dashboard's figures as JSON. */
package org.parley.dashboard.api;
