/** The identity domain: user accounts, their roles, agency and clearance level. */
package org.parley.identity.domain;
