/**
 * The policy table and the facts it is evaluated on. Pure: no beans, no database, so that every row
 * is unit-tested and the authorization-matrix tests can be generated from it.
 */
package org.parley.access.domain;
