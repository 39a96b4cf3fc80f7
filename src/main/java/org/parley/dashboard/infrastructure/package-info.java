/** The dashboard's SQL: aggregate queries that run on H2 and PostgreSQL alike. */
package org.parley.dashboard.infrastructure;
