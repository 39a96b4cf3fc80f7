package org.parley.archfixture.beta.api;

import org.parley.archfixture.alpha.domain.LeakyDomain;

/** Breaks "features meet only through application": it uses another feature's domain class. */
public class BetaResource {

  LeakyDomain other;
}
