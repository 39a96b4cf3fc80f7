package org.parley.archfixture.alpha.application;

import org.parley.archfixture.alpha.infrastructure.AlphaStore;

/** Breaks "application reaches infrastructure only through a port": it holds the store itself. */
public class StoreBoundService {

  private final AlphaStore store = new AlphaStore();

  public AlphaStore store() {
    return store;
  }
}
