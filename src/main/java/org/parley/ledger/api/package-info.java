/**
 * The ledger part of the REST API: the leverage register ({@code /api/instruments}), the
 * reciprocity findings of a proposal ({@code /api/proposals/{id}/findings}) and the reciprocity
 * settings ({@code /api/reciprocity-settings}).
 */
package org.parley.ledger.api;
