/**
 * The inbox's queries: native SQL over the proposal and clearance tables, with the policy table's
 * rule for each section written into the query ({@code PolicySql}), so that nothing is loaded to be
 * filtered in memory.
 */
package org.parley.inbox.infrastructure;
