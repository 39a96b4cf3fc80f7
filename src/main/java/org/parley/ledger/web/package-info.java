/**
 * The ledger's pages: the administrator's leverage register and reciprocity settings ({@code
 * admin/instruments.xhtml}). Beans translate between a page and the ledger's application services
 * and hold no rules of their own.
 */
package org.parley.ledger.web;
