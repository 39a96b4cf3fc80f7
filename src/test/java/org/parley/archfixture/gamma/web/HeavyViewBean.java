package org.parley.archfixture.gamma.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.util.List;

/**
 * Breaks "view state is serializable": it holds an EntityManager, an object that cannot be
 * serialized and a list of them; {@code SessionStateTest} must refuse it.
 */
@ViewScoped
public class HeavyViewBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EntityManager entityManager;
  Object anything;
  List<Thread> threads;
  transient Thread fine;
}
