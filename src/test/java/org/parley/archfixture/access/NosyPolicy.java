package org.parley.archfixture.access;

import org.parley.archfixture.alpha.application.AlphaService;

/** Breaks "the security kernel depends on no feature": the policy asks a feature. */
public class NosyPolicy {

  public AlphaService feature() {
    return new AlphaService();
  }
}
