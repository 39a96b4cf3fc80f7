package org.parley.archfixture.shared;

import org.parley.archfixture.alpha.application.AlphaService;

/** Breaks "the shared kernel depends on no feature". */
public class Kernel {

  AlphaService feature;
}
