/**
 * The ledger's pages: the ledger page of a proposal ({@link LedgerBean}, {@code
 * proposals/ledger.xhtml}) — its phases with each pair of steps, the leverage each side spends and
 * receives, the cumulative balance as a chart and a table ({@link BalanceChart}), and the
 * reciprocity findings — and the administrator's leverage register and reciprocity settings ({@code
 * admin/instruments.xhtml}). Beans translate between a page and the ledger's application services
 * and hold no rules of their own.
 */
package org.parley.ledger.web;
