/**
 * The clearance part of the REST API: a proposal's latest round ({@code GET
 * /api/proposals/{id}/clearance}), an agency's position on it ({@code POST .../clearance/{agency}})
 * and the drafters' answers to comments ({@code POST .../comments/{commentId}/resolution}). Thin
 * translation onto the clearance application service.
 */
package org.parley.clearance.api;
