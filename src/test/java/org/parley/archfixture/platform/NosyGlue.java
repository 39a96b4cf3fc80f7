package org.parley.archfixture.platform;

import org.parley.archfixture.alpha.application.AlphaService;

/** Breaks "platform knows no feature": glue that names a feature. */
public class NosyGlue {

  public AlphaService feature() {
    return new AlphaService();
  }
}
