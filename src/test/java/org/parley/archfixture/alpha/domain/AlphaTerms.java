package org.parley.archfixture.alpha.domain;

/** A record of alpha's domain that no ADR publishes to other features. */
public record AlphaTerms(String name) {}
