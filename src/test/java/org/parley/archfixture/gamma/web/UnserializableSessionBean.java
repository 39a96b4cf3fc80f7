package org.parley.archfixture.gamma.web;

import jakarta.enterprise.context.SessionScoped;

/** Breaks "view state is serializable": a session-scoped bean that is not Serializable. */
@SessionScoped
public class UnserializableSessionBean {

  String name;
}
