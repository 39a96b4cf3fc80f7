package org.parley.archfixture.alpha.infrastructure;

/** An infrastructure class that web code must not reach. */
public class AlphaStore {}
