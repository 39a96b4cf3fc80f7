/** The dashboard's figures and drill-down lists, scoped to what the caller may oversee. */
package org.parley.dashboard.application;
