/**
 * The ledger's pages: the administrator's leverage register and reciprocity settings ({@code
 * admin/instruments.xhtml}). A proposal's own ledger page ({@code proposals/ledger.xhtml}) belongs
 * to the proposal feature, which hands the ledger its steps (docs/adr/0021). Beans translate
 * between a page and the ledger's application services and hold no rules of their own.
 */
package org.parley.ledger.web;
