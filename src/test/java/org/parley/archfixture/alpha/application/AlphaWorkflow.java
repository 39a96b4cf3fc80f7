package org.parley.archfixture.alpha.application;

import org.parley.archfixture.beta.application.BetaService;

/** Breaks "no cycles": alpha uses beta while beta uses alpha ({@code BetaResource}). */
public class AlphaWorkflow {

  public BetaService beta() {
    return new BetaService();
  }
}
