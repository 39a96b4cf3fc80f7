package org.parley.archfixture.beta.application;

/** A feature's API that alpha uses: together with BetaResource, alpha and beta form a cycle. */
public class BetaService {}
