package org.parley.archfixture.gamma.api;

import org.parley.archfixture.alpha.domain.AlphaTerms;

/**
 * Breaks "features meet only through application or published values" with a record alone: being a
 * value is not enough, it must be one docs/adr/0021 lists.
 */
public class GammaResource {

  public AlphaTerms terms() {
    return new AlphaTerms("unlisted");
  }
}
