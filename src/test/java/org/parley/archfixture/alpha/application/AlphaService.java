package org.parley.archfixture.alpha.application;

/** The application API of the sample feature. */
public class AlphaService {}
