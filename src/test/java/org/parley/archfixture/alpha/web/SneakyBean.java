package org.parley.archfixture.alpha.web;

import jakarta.persistence.EntityManager;
import org.parley.archfixture.alpha.infrastructure.AlphaStore;

/** Breaks "web calls application": it holds an EntityManager and an infrastructure class. */
public class SneakyBean {

  EntityManager entityManager;
  AlphaStore store;
}
