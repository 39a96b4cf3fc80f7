/**
 * Who may do what: the one policy table ({@link org.parley.access.domain.Permission}) that every
 * service consults, for pages and REST alike, and the need-to-know rule behind every proposal
 * lookup, list, count and search.
 */
package org.parley.access;
