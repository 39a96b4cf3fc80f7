/**
 * The identity domain: user accounts, their roles, agency and clearance level, and the rules that
 * slow and then refuse repeated sign-in failures on one submitted name (sign-in throttling).
 */
package org.parley.identity.domain;
