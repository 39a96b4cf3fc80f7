package org.parley.proposal.domain;

import org.parley.shared.Classification;

/**
 * Who acts on a proposal, as far as the drafting rules care.
 *
 * @param drafterRole holds ENVOY_STAFF or ENVOY
 * @param envoyRole holds ENVOY
 * @param deciderRole holds DEPUTY or PRINCIPAL
 */
public record Actor(
    String username,
    boolean drafterRole,
    boolean envoyRole,
    boolean deciderRole,
    Classification clearance) {}
