/**
 * Identity: user accounts, their roles, agency and clearance, signing in and out, and the role
 * check that application services of every feature rely on.
 */
package org.parley.identity;
