/**
 * The policy as services use it: {@link org.parley.access.application.AccessPolicy} evaluates a row
 * of the table for the signed-in caller, audits every refusal, and answers it the one way the
 * platform maps (404, 403 or 409); {@link org.parley.access.application.RequiresPermission} guards
 * the portal-wide operations.
 */
package org.parley.access.application;
